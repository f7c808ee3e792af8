// Lay summaries (see lay-summaries.ts): heart catheterization, coronary interventions, coronary artery
// bypass surgery (CABG), pacemakers, defibrillators and loop recorders. CodeDesk's own words, never the AMA descriptors.
export const CARDIAC_PROCEDURE_SUMMARIES: Readonly<Record<string, string>> = {
  '33510': 'Open heart coronary artery bypass surgery (CABG) using veins only, one vein graft.',
  '33511': 'Open heart coronary artery bypass surgery (CABG) using veins only, two vein grafts.',
  '33512': 'Open heart coronary artery bypass surgery (CABG) using veins only, three vein grafts.',
  '33513': 'Open heart coronary artery bypass surgery (CABG) using veins only, four vein grafts.',
  '33514': 'Open heart coronary artery bypass surgery (CABG) using veins only, five vein grafts.',
  '33516': 'Open heart coronary artery bypass surgery (CABG) using veins only, six or more vein grafts.',
  '33517': 'Add-on for vein grafts in a CABG that also uses arterial grafts: one vein graft.',
  '33518': 'Add-on for vein grafts in a CABG that also uses arterial grafts: two vein grafts.',
  '33519': 'Add-on for vein grafts in a CABG that also uses arterial grafts: three vein grafts.',
  '33521': 'Add-on for vein grafts in a CABG that also uses arterial grafts: four vein grafts.',
  '33522': 'Add-on for vein grafts in a CABG that also uses arterial grafts: five vein grafts.',
  '33523': 'Add-on for vein grafts in a CABG that also uses arterial grafts: six or more vein grafts.',
  '33533':
    'Open heart coronary artery bypass surgery (CABG) with arterial grafts (such as the internal mammary artery), one arterial graft.',
  '33534': 'Open heart coronary artery bypass surgery (CABG) with arterial grafts, two arterial grafts.',
  '33535': 'Open heart coronary artery bypass surgery (CABG) with arterial grafts, three arterial grafts.',
  '33536':
    'Open heart coronary artery bypass surgery (CABG) with arterial grafts, four or more arterial grafts.',
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
