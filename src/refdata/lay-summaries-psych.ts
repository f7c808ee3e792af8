// Lay summaries (see lay-summaries.ts): psychiatric evaluations, psychotherapy and psychological testing.
// CodeDesk's own words, never the AMA descriptors.
export const PSYCH_SUMMARIES: Readonly<Record<string, string>> = {
  '90785':
    'Add-on for interactive complexity in a psychiatric service, such as communication barriers with the family.',
  '90791': 'Psychiatric diagnostic evaluation (intake assessment) without medical services.',
  '90792': 'Psychiatric diagnostic evaluation (intake assessment) with medical services by a prescriber.',
  '90832': 'Psychotherapy session with the patient, about 30 minutes (16 to 37 minutes).',
  '90833': 'Add-on psychotherapy done with an E/M visit, about 30 minutes (16 to 37 minutes).',
  '90836': 'Add-on psychotherapy done with an E/M visit, about 45 minutes (38 to 52 minutes).',
  '90838': 'Add-on psychotherapy done with an E/M visit, about 60 minutes (more than 52 minutes).',
  '90839': 'Psychotherapy for a crisis, first 60 minutes (30 to 74 minutes).',
  '90840': 'Add-on for each additional 30 minutes of psychotherapy for a crisis.',
  '90845': 'Psychoanalysis session.',
  '90846': 'Family psychotherapy with the patient absent, about 50 minutes.',
  '90847': 'Family psychotherapy with the patient present, about 50 minutes.',
  '90853': 'Group psychotherapy (not a multi-family group).',
  '96127':
    'Brief emotional or behavioral assessment with a scored standard tool (such as PHQ-9 or GAD-7), each tool.',
  '96130': 'Psychological testing evaluation by a psychologist or physician, first hour.',
  '96131':
    'Add-on for each additional hour of psychological testing evaluation by a psychologist or physician.',
  '96132': 'Neuropsychological testing evaluation by a psychologist or physician, first hour.',
  '96133':
    'Add-on for each additional hour of neuropsychological testing evaluation by a psychologist or physician.',
  '96136':
    'Giving and scoring psychological or neuropsychological tests by a psychologist or physician, first 30 minutes.',
  '96137':
    'Add-on for each additional 30 minutes of giving and scoring tests by a psychologist or physician.',
  '96138': 'Giving and scoring psychological or neuropsychological tests by a technician, first 30 minutes.',
  '96139': 'Add-on for each additional 30 minutes of giving and scoring tests by a technician.',
};
