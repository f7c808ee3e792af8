// Lay summaries (see lay-summaries.ts): heart catheterization, coronary interventions, pacemakers,
// defibrillators and loop recorders. CodeDesk's own words, never the AMA descriptors.
export const CARDIAC_PROCEDURE_SUMMARIES: Readonly<Record<string, string>> = {
  '93451': 'Right heart catheterization, measuring pressures, oxygen and cardiac output when done.',
  '93452': 'Left heart catheterization with left ventricle imaging when done, no coronary angiography.',
  '93453':
    'Combined right and left heart catheterization with left ventricle imaging when done, no coronary angiography.',
  '93454':
    'Coronary angiography (x-ray of the heart arteries) by catheter, without left heart catheterization.',
  '93455': 'Coronary angiography (x-ray of the heart arteries) by catheter with bypass graft angiography.',
  '93456': 'Coronary angiography (x-ray of the heart arteries) by catheter with right heart catheterization.',
  '93457':
    'Coronary angiography (x-ray of the heart arteries) by catheter with bypass graft angiography and right heart catheterization.',
  '93459':
    'Left heart catheterization with coronary angiography (x-ray of the heart arteries), left ventricle imaging and bypass graft angiography.',
  '93460':
    'Combined right and left heart catheterization with coronary angiography (x-ray of the heart arteries) and left ventricle imaging.',
  '93461':
    'Combined right and left heart catheterization with coronary angiography (x-ray of the heart arteries), left ventricle imaging and bypass graft angiography.',
  '92920': 'Coronary angioplasty (balloon, PTCA) of one major coronary artery or branch.',
  '92924': 'Coronary atherectomy, with any angioplasty, of one major coronary artery or branch.',
  '92928': 'Coronary stent placement, with any angioplasty, in one major coronary artery or branch.',
  '92933':
    'Coronary atherectomy with stent placement and any angioplasty, one major coronary artery or branch.',
  '92937': 'Coronary intervention (stent, atherectomy or angioplasty) through a bypass graft, one vessel.',
  '92941':
    'Coronary intervention (stent, atherectomy or angioplasty) of a total blockage during an acute heart attack (MI).',
  '92943': 'Coronary intervention (stent, atherectomy or angioplasty) of a chronic total occlusion.',
  '33206': 'Insertion of a new permanent pacemaker with one lead in the atrium (single chamber).',
  '33207': 'Insertion of a new permanent pacemaker with one lead in the ventricle (single chamber).',
  '33208': 'Insertion of a new permanent pacemaker with leads in the atrium and ventricle (dual chamber).',
  '33212': 'Insertion of a pacemaker generator only, connected to one existing lead.',
  '33213': 'Insertion of a pacemaker generator only, connected to two existing leads (dual).',
  '33227': 'Removal and replacement of a pacemaker generator, single lead system.',
  '33228': 'Removal and replacement of a pacemaker generator, dual lead system.',
  '33229': 'Removal and replacement of a pacemaker generator, multiple lead (biventricular) system.',
  '33249':
    'Insertion or replacement of an implantable defibrillator (ICD) with leads through the veins, single or dual chamber.',
  '33285': 'Insertion of an implantable loop recorder (heart rhythm monitor under the skin).',
  '33286': 'Removal of an implantable loop recorder (heart rhythm monitor under the skin).',
};
