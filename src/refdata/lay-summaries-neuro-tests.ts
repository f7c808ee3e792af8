// Lay summaries (see lay-summaries.ts): nerve conduction studies, needle EMG and EEG. CodeDesk's own words,
// never the AMA descriptors.
export const NEURO_TEST_SUMMARIES: Readonly<Record<string, string>> = {
  '95907': 'Nerve conduction studies (NCS), 1 or 2 studies.',
  '95908': 'Nerve conduction studies (NCS), 3 or 4 studies.',
  '95909': 'Nerve conduction studies (NCS), 5 or 6 studies.',
  '95910': 'Nerve conduction studies (NCS), 7 or 8 studies.',
  '95911': 'Nerve conduction studies (NCS), 9 or 10 studies.',
  '95912': 'Nerve conduction studies (NCS), 11 or 12 studies.',
  '95913': 'Nerve conduction studies (NCS), 13 or more studies.',
  '95860': 'Needle EMG (electromyography) of one extremity, nearby spinal muscles included when tested.',
  '95861': 'Needle EMG (electromyography) of two extremities, nearby spinal muscles included when tested.',
  '95863': 'Needle EMG (electromyography) of three extremities, nearby spinal muscles included when tested.',
  '95864': 'Needle EMG (electromyography) of four extremities, nearby spinal muscles included when tested.',
  '95870': 'Limited needle EMG (electromyography) of a few muscles in one extremity, or of trunk muscles.',
  '95885':
    'Add-on limited needle EMG (electromyography) of an extremity done with nerve conduction studies, each extremity.',
  '95886':
    'Add-on complete needle EMG (electromyography) of an extremity, 5 or more muscles, done with nerve conduction studies, each extremity.',
  '95816': 'Routine EEG (electroencephalogram, brain wave test) with the patient awake and drowsy.',
  '95819': 'Routine EEG (electroencephalogram, brain wave test) with the patient awake and asleep.',
  '95822': 'EEG (electroencephalogram, brain wave test) recorded in sleep only or in coma.',
};
