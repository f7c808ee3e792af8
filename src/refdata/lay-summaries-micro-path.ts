// Lay summaries (see lay-summaries.ts): cultures, molecular and rapid infection tests, surgical pathology
// and stains. CodeDesk's own words, never the AMA descriptors.
export const MICRO_PATH_SUMMARIES: Readonly<Record<string, string>> = {
  '87077': 'Extra tests to identify an aerobic bacteria isolate grown in culture, each isolate.',
  '87081':
    'Screening culture for a specific germ (presumptive), such as strep, from a source other than blood.',
  '87086': 'Urine culture with colony count (quantitative).',
  '87088': 'Urine culture with the bacteria grown out and provisionally identified, each isolate.',
  '87491': 'Chlamydia test by amplified DNA probe (NAAT).',
  '87591': 'Gonorrhea test by amplified DNA probe (NAAT).',
  '87635': 'COVID-19 (SARS-CoV-2) test by amplified probe, such as PCR.',
  '87637': 'Combined COVID-19, influenza A and B and RSV test by amplified probe (PCR).',
  '87804': 'Rapid flu (influenza) test by immunoassay read by eye.',
  '87807': 'Rapid RSV test by immunoassay read by eye.',
  '87811': 'Rapid COVID-19 (SARS-CoV-2) antigen test read by eye.',
  '87880': 'Rapid strep test (group A streptococcus) by immunoassay read by eye.',
  '88304': 'Surgical pathology, level III: gross and microscopic exam of a tissue specimen.',
  '88305':
    'Surgical pathology, level IV: gross and microscopic exam of a tissue specimen, such as most biopsies.',
  '88312': 'Special stain on a tissue specimen for organisms (group I), each stain.',
  '88341': 'Add-on immunohistochemistry (IHC) stain, each additional single antibody stain.',
  '88342': 'Immunohistochemistry (IHC) stain on a specimen, first single antibody stain.',
};
