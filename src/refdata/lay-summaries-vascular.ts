// Lay summaries (see lay-summaries.ts): venous and arterial access, central lines and ports, transfusion,
// vein ablation, IVC filters and vascular duplex studies. CodeDesk's own words, never the AMA descriptors.
export const VASCULAR_SUMMARIES: Readonly<Record<string, string>> = {
  '36000': 'Placing a needle or small catheter into a vein (IV start).',
  '36410': "Drawing blood from a vein when a physician's skill is needed (hard stick), age 3 or older.",
  '36430': 'Transfusion of blood or blood components.',
  '36555':
    'Placement of a central venous catheter (central line) without a tunnel or port, under age 5 (young child).',
  '36557': 'Placement of a tunneled central venous catheter without a port, under age 5 (young child).',
  '36558': 'Placement of a tunneled central venous catheter without a port, age 5 or older.',
  '36560':
    'Placement of a tunneled central venous catheter with a port under the skin, under age 5 (young child).',
  '36561':
    'Placement of a tunneled central venous catheter with a port under the skin (port-a-cath), age 5 or older.',
  '36568':
    'Placing a PICC line (peripherally inserted central catheter) without a port, under age 5 (young child), without imaging.',
  '36569':
    'Placing a PICC line (peripherally inserted central catheter) without a port, age 5 or older, without imaging.',
  '36572':
    'Placing a PICC line (peripherally inserted central catheter) without a port, under age 5 (young child), with imaging.',
  '36570':
    'Placing a peripherally inserted central catheter with a port under the skin (arm port), under age 5 (young child).',
  '36571':
    'Placing a peripherally inserted central catheter with a port under the skin (arm port), age 5 or older.',
  '36589': 'Removal of a tunneled central venous catheter without a port.',
  '36590': 'Removal of a tunneled central venous catheter with a port under the skin (port removal).',
  '36591': 'Drawing blood from an implanted venous access port for tests.',
  '36592': 'Drawing blood from a central or peripheral venous catheter (not an arterial line) for tests.',
  '36600': 'Arterial puncture to draw blood, such as for a blood gas.',
  '37191': 'Placement of an inferior vena cava (IVC) filter through a vein, with imaging guidance.',
  '37193': 'Retrieval (removal) of an inferior vena cava (IVC) filter through a vein.',
  '36470': 'Sclerotherapy injection of one incompetent vein (spider or varicose vein).',
  '36471': 'Sclerotherapy injections of multiple incompetent veins in the same leg.',
  '36475': 'Endovenous radiofrequency ablation of an incompetent leg vein, first vein treated.',
  '36478': 'Endovenous laser ablation of an incompetent leg vein, first vein treated.',
  '93880': 'Carotid duplex ultrasound of the neck arteries, bilateral (both sides), complete.',
  '93882': 'Carotid duplex ultrasound of the neck arteries, unilateral (one side) or limited.',
  '93922':
    'Limited arterial study of both arms or both legs, such as ankle-brachial index (ABI) with Doppler, 1 or 2 levels.',
  '93923':
    'Complete arterial study of both arms or both legs, such as segmental pressures with Doppler, 3 or more levels.',
  '93924': 'Ankle-brachial index (ABI) study of the legs at rest and after treadmill exercise.',
  '93925': 'Arterial duplex ultrasound of the leg arteries, bilateral (both sides), complete.',
  '93926': 'Arterial duplex ultrasound of the leg arteries, unilateral (one side) or limited.',
  '93930': 'Arterial duplex ultrasound of the arm arteries, bilateral (both sides), complete.',
  '93931': 'Arterial duplex ultrasound of the arm arteries, unilateral (one side) or limited.',
  '93970':
    'Venous duplex ultrasound of the arm or leg veins (such as for DVT), bilateral (both sides), complete.',
  '93971':
    'Venous duplex ultrasound of the arm or leg veins (such as for DVT), unilateral (one side) or limited.',
  '93975':
    'Duplex scan (Doppler) of blood flow in and out of organs of the belly, pelvis, scrotum or retroperitoneum, complete.',
  '93976':
    'Duplex scan (Doppler) of blood flow in and out of organs of the belly, pelvis, scrotum or retroperitoneum, limited.',
  '93978': 'Duplex ultrasound of the aorta, vena cava and iliac vessels, complete.',
  '93979': 'Duplex ultrasound of the aorta, vena cava or iliac vessels, unilateral (one side) or limited.',
  '93990': 'Duplex ultrasound of a hemodialysis access (fistula or graft).',
};
