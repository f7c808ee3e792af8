// Lay summaries (see lay-summaries.ts): ultrasound of the neck, breast, kidneys, scrotum and limbs, and
// mammography. CodeDesk's own words, never the AMA descriptors.
export const ULTRASOUND_BREAST_SUMMARIES: Readonly<Record<string, string>> = {
  '76536': 'Ultrasound of the soft tissues of the head and neck, such as the thyroid.',
  '76641': 'Breast ultrasound, unilateral (one side), complete, armpit included when scanned.',
  '76642': 'Breast ultrasound, unilateral (one side), limited, armpit included when scanned.',
  '76775': 'Ultrasound of the retroperitoneum (kidneys, aorta), limited.',
  '76776': 'Ultrasound of a transplanted kidney with Doppler.',
  '76870': 'Ultrasound of the scrotum and its contents.',
  '76881':
    'Ultrasound of a joint in an arm or leg, complete exam of the joint and the soft tissue around it.',
  '76882': 'Ultrasound of an arm or leg, limited, of one structure or area.',
  '77063': 'Add-on digital breast tomosynthesis (3D breast imaging) done with a screening mammogram.',
  '77065': 'Diagnostic mammogram (mammography) of one breast, with computer-aided detection.',
  '77066': 'Diagnostic mammogram (mammography) of both breasts, with computer-aided detection.',
};
