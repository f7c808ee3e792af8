// Lay summaries (see lay-summaries.ts): home, emergency, same-day hospital and consultation visits,
// preventive visits and counseling, newborn and neonatal care. CodeDesk's own words, never the AMA descriptors.
export const EM_SUMMARIES: Readonly<Record<string, string>> = {
  '99341': 'Home or residence visit for a new patient, straightforward medical decision-making.',
  '99342': 'Home or residence visit for a new patient, low-complexity medical decision-making.',
  '99344': 'Home or residence visit for a new patient, moderate-complexity medical decision-making.',
  '99345': 'Home or residence visit for a new patient, high-complexity medical decision-making.',
  '99347':
    'Home or residence visit for an established (known) patient, straightforward medical decision-making.',
  '99348':
    'Home or residence visit for an established (known) patient, low-complexity medical decision-making.',
  '99349':
    'Home or residence visit for an established (known) patient, moderate-complexity medical decision-making.',
  '99350':
    'Home or residence visit for an established (known) patient, high-complexity medical decision-making.',
  '99282': 'Emergency department visit with straightforward medical decision-making.',
  '99234':
    'Hospital inpatient or observation care with admission and discharge on the same date, straightforward or low-complexity medical decision-making.',
  '99235':
    'Hospital inpatient or observation care with admission and discharge on the same date, moderate-complexity medical decision-making.',
  '99236':
    'Hospital inpatient or observation care with admission and discharge on the same date, high-complexity medical decision-making.',
  '99242':
    'Office or outpatient consultation requested by another provider, straightforward medical decision-making.',
  '99243':
    'Office or outpatient consultation requested by another provider, low-complexity medical decision-making.',
  '99244':
    'Office or outpatient consultation requested by another provider, moderate-complexity medical decision-making.',
  '99245':
    'Office or outpatient consultation requested by another provider, high-complexity medical decision-making.',
  '99252':
    'Inpatient or observation consultation requested by another provider, straightforward medical decision-making.',
  '99253':
    'Inpatient or observation consultation requested by another provider, low-complexity medical decision-making.',
  '99254':
    'Inpatient or observation consultation requested by another provider, moderate-complexity medical decision-making.',
  '99255':
    'Inpatient or observation consultation requested by another provider, high-complexity medical decision-making.',
  '99418':
    'Add-on for each extra 15 minutes of prolonged hospital inpatient or observation visit time beyond the top-level visit time.',
  '99315': 'Nursing facility discharge services, 30 minutes or less.',
  '99316': 'Nursing facility discharge services, more than 30 minutes.',
  '99381': 'Preventive medicine visit for a new patient, infant under 1 year (well baby check).',
  '99382': 'Preventive medicine visit for a new patient, age 1 through 4 (well child check).',
  '99383': 'Preventive medicine visit for a new patient, age 5 through 11 (well child check).',
  '99384': 'Preventive medicine visit for a new patient, age 12 through 17 (well child check).',
  '99385': 'Preventive medicine visit for a new patient, age 18 through 39 (annual physical).',
  '99386': 'Preventive medicine visit for a new patient, age 40 through 64 (annual physical).',
  '99387': 'Preventive medicine visit for a new patient, age 65 or older (annual physical).',
  '99391':
    'Preventive medicine visit for an established (known) patient, infant under 1 year (well baby check).',
  '99392':
    'Preventive medicine visit for an established (known) patient, age 1 through 4 (well child check).',
  '99393':
    'Preventive medicine visit for an established (known) patient, age 5 through 11 (well child check).',
  '99394':
    'Preventive medicine visit for an established (known) patient, age 12 through 17 (well child check).',
  '99395':
    'Preventive medicine visit for an established (known) patient, age 18 through 39 (annual physical).',
  '99396':
    'Preventive medicine visit for an established (known) patient, age 40 through 64 (annual physical).',
  '99397': 'Preventive medicine visit for an established (known) patient, age 65 or older (annual physical).',
  '99401': 'Preventive counseling or risk factor reduction for one person, about 15 minutes.',
  '99402': 'Preventive counseling or risk factor reduction for one person, about 30 minutes.',
  '99403': 'Preventive counseling or risk factor reduction for one person, about 45 minutes.',
  '99404': 'Preventive counseling or risk factor reduction for one person, about 60 minutes.',
  '99460': 'Initial care of a normal newborn in the hospital or birthing center, per day.',
  '99461': 'Initial care of a normal newborn outside a hospital or birthing center, per day.',
  '99462': 'Subsequent hospital care of a normal newborn, per day.',
  '99463':
    'Initial care of a normal newborn admitted and discharged from the hospital or birthing center on the same date.',
  '99464': 'Attendance at a delivery to stabilize the newborn, at the request of the delivering provider.',
  '99465': 'Newborn resuscitation at delivery, such as breathing support with a bag or chest compressions.',
  '99468': 'Initial inpatient neonatal critical care, per day, newborn 28 days old or younger.',
  '99469': 'Subsequent inpatient neonatal critical care, per day, newborn 28 days old or younger.',
  '99471': 'Initial inpatient pediatric critical care, per day, age 29 days through 24 months.',
  '99472': 'Subsequent inpatient pediatric critical care, per day, age 29 days through 24 months.',
};
