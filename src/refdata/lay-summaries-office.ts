// Lay summaries (see lay-summaries.ts): visits, injections and infusions, tests, therapy and care
// management that coders ask about most. CodeDesk's own words, never the AMA descriptors.
export const OFFICE_SUMMARIES: Readonly<Record<string, string>> = {
  '99221':
    'Initial (first day) hospital inpatient or observation care visit, straightforward or low-complexity medical decision-making.',
  '99222':
    'Initial (first day) hospital inpatient or observation care visit, moderate-complexity medical decision-making.',
  '99223':
    'Initial (first day) hospital inpatient or observation care visit, high-complexity medical decision-making.',
  '99231':
    'Subsequent (later day) hospital inpatient or observation care visit, straightforward or low-complexity medical decision-making.',
  '99232':
    'Subsequent (later day) hospital inpatient or observation care visit, moderate-complexity medical decision-making.',
  '99233':
    'Subsequent (later day) hospital inpatient or observation care visit, high-complexity medical decision-making.',
  '99304': 'Initial nursing facility care visit, straightforward or low-complexity medical decision-making.',
  '99305': 'Initial nursing facility care visit, moderate-complexity medical decision-making.',
  '99306': 'Initial nursing facility care visit, high-complexity medical decision-making.',
  '99307': 'Subsequent nursing facility care visit, straightforward medical decision-making.',
  '99308': 'Subsequent nursing facility care visit, low-complexity medical decision-making.',
  '99309': 'Subsequent nursing facility care visit, moderate-complexity medical decision-making.',
  '99310': 'Subsequent nursing facility care visit, high-complexity medical decision-making.',
  '99238': 'Hospital discharge day management taking 30 minutes or less.',
  '99239': 'Hospital discharge day management taking more than 30 minutes.',
  '99281': 'Emergency department visit that may not need a physician or other qualified professional.',
  '99283': 'Emergency department visit with low-complexity medical decision-making.',
  '99284': 'Emergency department visit with moderate-complexity medical decision-making.',
  '99285': 'Emergency department visit with high-complexity medical decision-making.',
  '99417':
    'Add-on for each extra 15 minutes of prolonged office or outpatient visit time beyond the top-level visit time.',
  '99406': 'Smoking and tobacco use cessation counseling, more than 3 and up to 10 minutes.',
  '99407': 'Smoking and tobacco use cessation counseling, more than 10 minutes.',
  '99490': 'Chronic care management by clinical staff, first 20 minutes in a calendar month.',
  '99495': 'Transitional care after discharge, contact within 2 business days and a visit within 14 days.',
  '99496': 'Transitional care after discharge, contact within 2 business days and a visit within 7 days.',
  '99497': 'Advance care planning discussion, including advance directives, first 30 minutes.',
  '96372':
    'Injection administration of a drug into muscle or under the skin (intramuscular or subcutaneous) for treatment.',
  '96374': 'Intravenous push of a drug, a single or first push.',
  '96365': 'Intravenous infusion of a drug for treatment, the first hour.',
  '96366': 'Add-on for each additional hour of an intravenous drug infusion for therapy.',
  '96360': 'Intravenous hydration infusion (fluids), the first hour.',
  '90471': 'Giving one vaccine by injection (immunization administration), the first one.',
  '36415': 'Drawing blood from a vein with a needle (venipuncture) for tests.',
  '20552': 'Injection into trigger points of one or two muscles.',
  '20553': 'Injection into trigger points of three or more muscles.',
  '20600':
    'Needle drainage or injection of a small joint or bursa (such as a finger or toe) without ultrasound.',
  '20605':
    'Needle drainage or injection of an intermediate (mid-sized) joint or bursa (such as a wrist, elbow or ankle) without ultrasound.',
  '93000':
    'Routine electrocardiogram (ECG, EKG) with at least 12 leads, with the tracing, interpretation and report.',
  '93306':
    'Transthoracic echocardiogram: complete ultrasound of the heart through the chest wall, with Doppler and color flow.',
  '93015': 'Cardiac stress test on a treadmill or with drugs, with monitoring, supervision and a report.',
  '94010': 'Spirometry: breathing test measuring how much air and how fast it moves out of the lungs.',
  '94640': 'Breathing treatment with an inhaled medicine by nebulizer or inhaler for airway obstruction.',
  '95810': 'Overnight sleep study (polysomnography) attended by a technologist in a sleep lab.',
  '95004': 'Allergy skin prick or scratch tests, counted per test.',
  '81002': 'Urine test (urinalysis) by dipstick or tablet read by hand, without microscopy.',
  '85025': 'Complete blood count (CBC) by automated counter, with the white cell differential.',
  '80053': 'Comprehensive metabolic blood panel (electrolytes, kidney and liver tests, glucose and more).',
  '80061': 'Lipid panel blood test: cholesterol, HDL and triglycerides.',
  '83036': 'Hemoglobin A1c blood test (glycated hemoglobin) for diabetes control.',
  '90834': 'Psychotherapy session with the patient, about 45 minutes (38 to 52 minutes).',
  '90837': 'Psychotherapy session with the patient, about 60 minutes (more than 52 minutes).',
  '97110': 'Therapeutic exercise for strength, range of motion or flexibility, each 15 minutes.',
  '97140':
    'Manual therapy (mobilization, manipulation, manual traction or soft tissue work), each 15 minutes.',
  '97530': 'Therapeutic activities using dynamic functional movements, each 15 minutes.',
  '97597': 'Selective removal of dead tissue from an open wound (debridement), first 20 square centimeters.',
  '69210': 'Removing impacted earwax (cerumen) with instruments, one ear.',
  '69209': 'Removing impacted earwax (cerumen) by irrigation or lavage, one ear.',
  '31500': 'Emergency placement of a breathing tube into the windpipe (endotracheal intubation).',
  '92950': 'Cardiopulmonary resuscitation (CPR) for cardiac arrest.',
  '36556':
    'Placement of a central venous catheter (central line), for example in the internal jugular or subclavian vein, without a tunnel or port, age 5 or older.',
  '36620': 'Placing an arterial catheter (arterial line) through the skin for blood sampling or monitoring.',
  '36573':
    'Placing a PICC line (peripherally inserted central catheter) without a port, age 5 or older, with imaging.',
};
