// Lay summaries (see lay-summaries.ts): hernia repair and common abdominal operations. CodeDesk's own
// words, never the AMA descriptors.
export const ABDOMEN_SUMMARIES: Readonly<Record<string, string>> = {
  '49505': 'Open repair of an inguinal hernia, initial (first) repair, reducible, age 5 or older.',
  '49507':
    'Open repair of an inguinal hernia, initial (first) repair, incarcerated or strangulated, age 5 or older.',
  '49520': 'Open repair of a recurrent inguinal hernia, reducible, any age.',
  '49521': 'Open repair of a recurrent inguinal hernia, incarcerated or strangulated, any age.',
  '49650': 'Laparoscopic repair of an inguinal hernia, initial (first) repair.',
  '49651': 'Laparoscopic repair of a recurrent inguinal hernia.',
  '49591':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), initial (first) repair, total defect less than 3 cm, reducible.',
  '49592':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), initial (first) repair, total defect less than 3 cm, incarcerated or strangulated.',
  '49593':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), initial (first) repair, total defect 3 to 10 cm, reducible.',
  '49594':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), initial (first) repair, total defect 3 to 10 cm, incarcerated or strangulated.',
  '49595':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), initial (first) repair, total defect more than 10 cm across, reducible.',
  '49596':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), initial (first) repair, total defect more than 10 cm across, incarcerated or strangulated.',
  '49613':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), recurrent, total defect less than 3 cm, reducible.',
  '49614':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), recurrent, total defect less than 3 cm, incarcerated or strangulated.',
  '49615':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), recurrent, total defect 3 to 10 cm, reducible.',
  '49616':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), recurrent, total defect 3 to 10 cm, incarcerated or strangulated.',
  '49617':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), recurrent, total defect more than 10 cm across, reducible.',
  '49618':
    'Repair of an anterior abdominal wall hernia (ventral, umbilical, incisional or spigelian), recurrent, total defect more than 10 cm across, incarcerated or strangulated.',
  '44950': 'Open appendectomy: appendix removed through an incision.',
  '44960': 'Open appendectomy for a ruptured appendix with an abscess or spreading peritonitis.',
  '47600': 'Open cholecystectomy: gallbladder removed through an incision.',
  '47605': 'Open cholecystectomy with an x-ray of the bile ducts (cholangiography) during surgery.',
  '49320': 'Diagnostic laparoscopy of the abdomen and pelvis, which may include collecting fluid washings.',
  '43775': 'Laparoscopic sleeve gastrectomy for weight loss.',
};
