// Lay summaries (see lay-summaries.ts): obstetric care and delivery, miscarriage care, obstetric and pelvic
// ultrasound, pregnancy test. CodeDesk's own words, never the AMA descriptors.
export const OBSTETRIC_SUMMARIES: Readonly<Record<string, string>> = {
  '59000': 'Amniocentesis to diagnose: needle sample of the fluid around the fetus.',
  '59025': 'Fetal nonstress test (NST) recording the fetal heart rate.',
  '59409': 'Vaginal delivery only, without prenatal or postpartum care.',
  '59410': 'Vaginal delivery with postpartum care, without prenatal care.',
  '59412': 'External cephalic version: turning a breech fetus by hand from outside the belly.',
  '59414': 'Delivery of the placenta only, as a separate service.',
  '59425': 'Antepartum (prenatal) care only, 4 or more visits up to 6.',
  '59426': 'Antepartum (prenatal) care only, 7 or more visits.',
  '59430': 'Postpartum care only, after the delivery, as a separate service.',
  '59514': 'Cesarean delivery only, without prenatal or postpartum care.',
  '59515': 'Cesarean delivery with postpartum care, without prenatal care.',
  '59610':
    'Routine obstetric care for a vaginal birth after a prior cesarean (VBAC): prenatal visits, the delivery and care after (global).',
  '59612': 'Vaginal birth after a prior cesarean (VBAC), delivery only.',
  '59614': 'Vaginal birth after a prior cesarean (VBAC), delivery with postpartum care.',
  '59618':
    'Routine obstetric care for a cesarean after a failed trial of labor after cesarean (TOLAC): prenatal visits, the cesarean and care after (global).',
  '59620': 'Cesarean after a failed trial of labor after a prior cesarean (TOLAC), delivery only.',
  '59622':
    'Cesarean after a failed trial of labor after a prior cesarean (TOLAC), delivery with postpartum care.',
  '59812': 'Surgical completion of an incomplete miscarriage (incomplete abortion), any trimester.',
  '59820': 'Surgical treatment of a missed miscarriage (missed abortion), first trimester.',
  '59821': 'Surgical treatment of a missed miscarriage (missed abortion), second trimester.',
  '76801':
    'Obstetric (OB) ultrasound through the belly, first trimester (before 14 weeks), single or first fetus.',
  '76802': 'Add-on for each additional fetus in a first trimester obstetric (OB) ultrasound.',
  '76805':
    'Obstetric (OB) ultrasound through the belly after the first trimester (14 weeks or later), single or first fetus.',
  '76810': 'Add-on for each additional fetus in an obstetric (OB) ultrasound after the first trimester.',
  '76811': 'Detailed obstetric (OB) ultrasound of the fetal anatomy (level II scan), single or first fetus.',
  '76812': 'Add-on for each additional fetus in a detailed obstetric (OB) ultrasound of the fetal anatomy.',
  '76813': 'Nuchal translucency measured by ultrasound in the first trimester, single or first fetus.',
  '76814': 'Add-on for each additional fetus in a nuchal translucency ultrasound.',
  '76815':
    'Limited obstetric (OB) ultrasound for a focused question, such as heartbeat or the position of the fetus, any number of fetuses.',
  '76816':
    'Follow-up obstetric (OB) ultrasound through the belly to recheck fetal growth or an earlier finding, per fetus.',
  '76817': 'Obstetric (OB) ultrasound done transvaginally.',
  '76818': 'Fetal biophysical profile by ultrasound, with a nonstress test.',
  '76819': 'Fetal biophysical profile by ultrasound, without a nonstress test.',
  '76830': 'Transvaginal ultrasound, non-obstetric (not pregnancy).',
  '76857': 'Pelvic ultrasound, non-obstetric (not pregnancy), limited or follow-up.',
  '81025': 'Urine pregnancy test read by eye (color comparison).',
};
