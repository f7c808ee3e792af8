// Lay summaries (see lay-summaries.ts): ECG parts, stress tests, heart monitors, echocardiograms and nuclear
// perfusion scans. CodeDesk's own words, never the AMA descriptors.
export const CARDIAC_TEST_SUMMARIES: Readonly<Record<string, string>> = {
  '93005':
    'Electrocardiogram (ECG, EKG) with at least 12 leads, tracing only, without interpretation and report.',
  '93010':
    'Electrocardiogram (ECG, EKG) with at least 12 leads, professional reading only: interpretation and written report.',
  '93016': 'Cardiac stress test, supervision only, without interpretation and report.',
  '93017': 'Cardiac stress test, tracing only, without supervision or a report.',
  '93018': 'Cardiac stress test, interpretation and report only.',
  '93224':
    'Holter monitor: continuous ECG recording up to 48 hours, complete service with hookup, scanning analysis, review and report.',
  '93225': 'Holter monitor up to 48 hours, recording only (hookup, recording and disconnection).',
  '93226': 'Holter monitor up to 48 hours, scanning analysis with report only.',
  '93227': 'Holter monitor up to 48 hours, review and interpretation only.',
  '93241':
    'Extended external ECG monitor (patch) worn more than 48 hours and up to 7 days, complete service.',
  '93242': 'Extended external ECG monitor (patch) worn more than 48 hours and up to 7 days, recording only.',
  '93243':
    'Extended external ECG monitor (patch) worn more than 48 hours and up to 7 days, scanning analysis with report only.',
  '93244':
    'Extended external ECG monitor (patch) worn more than 48 hours and up to 7 days, review and interpretation only.',
  '93245': 'Extended external ECG monitor (patch) worn more than 7 days and up to 15 days, complete service.',
  '93246': 'Extended external ECG monitor (patch) worn more than 7 days and up to 15 days, recording only.',
  '93247':
    'Extended external ECG monitor (patch) worn more than 7 days and up to 15 days, scanning analysis with report only.',
  '93248':
    'Extended external ECG monitor (patch) worn more than 7 days and up to 15 days, review and interpretation only.',
  '93228':
    'Mobile cardiac telemetry (MCT) heart monitoring, review and interpretation with report, up to 30 days.',
  '93229':
    'Mobile cardiac telemetry (MCT) heart monitoring, technical support and monitoring center service, up to 30 days.',
  '93268': 'Patient-activated cardiac event monitor (event recorder) up to 30 days, complete service.',
  '93303': 'Transthoracic echocardiogram (TTE) for congenital heart defects, complete.',
  '93304': 'Transthoracic echocardiogram (TTE) for congenital heart defects, follow-up or limited.',
  '93307': 'Transthoracic echocardiogram (TTE), complete, without Doppler.',
  '93308': 'Transthoracic echocardiogram (TTE), follow-up or limited study.',
  '93312':
    'Transesophageal echocardiogram (TEE): heart ultrasound through a probe in the esophagus, complete service.',
  '93320': 'Add-on Doppler echocardiography (pulsed or continuous wave), complete.',
  '93321': 'Add-on Doppler echocardiography (pulsed or continuous wave), follow-up or limited.',
  '93325': 'Add-on color flow Doppler mapping with an echocardiogram.',
  '93350':
    'Stress echocardiogram: heart ultrasound at rest and under exercise or drug stress, with interpretation and report.',
  '93351': 'Stress echocardiogram with the ECG monitoring and supervision of the stress test included.',
  '78451':
    'Nuclear heart perfusion scan (SPECT myocardial perfusion imaging), single study at rest or stress.',
  '78452':
    'Nuclear heart perfusion scan (SPECT myocardial perfusion imaging), multiple studies at rest and stress.',
};
