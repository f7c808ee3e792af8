// Lay summaries (see lay-summaries.ts): nerve blocks, epidural catheters, nerve ablation, chemodenervation
// and spinal cord stimulators. CodeDesk's own words, never the AMA descriptors.
export const NERVE_SUMMARIES: Readonly<Record<string, string>> = {
  '64400':
    'Nerve block: injection of anesthetic or steroid at a branch of the trigeminal nerve in the face, each branch.',
  '64405':
    'Nerve block: injection of anesthetic or steroid at the greater occipital nerve at the back of the head.',
  '64415':
    'Nerve block: single injection of anesthetic at the brachial plexus (nerves to the arm), imaging included when used.',
  '64416':
    'Nerve block by continuous infusion through a catheter at the brachial plexus (nerves to the arm).',
  '64417': 'Nerve block: single injection of anesthetic at the axillary nerve.',
  '64418': 'Nerve block: single injection of anesthetic at the suprascapular nerve of the shoulder.',
  '64420': 'Nerve block: injection at an intercostal nerve between the ribs, one level.',
  '64421': 'Add-on for each additional intercostal nerve level injected.',
  '64425': 'Nerve block: injection at the ilioinguinal and iliohypogastric nerves in the groin.',
  '64430': 'Nerve block: injection at the pudendal nerve.',
  '64445': 'Nerve block: single injection of anesthetic at the sciatic nerve.',
  '64446': 'Nerve block by continuous infusion through a catheter at the sciatic nerve.',
  '64447': 'Nerve block: single injection of anesthetic at the femoral nerve.',
  '64448': 'Nerve block by continuous infusion through a catheter at the femoral nerve.',
  '64450':
    'Nerve block: injection at another peripheral nerve or branch that has no code of its own, such as a digital block.',
  '64451':
    'Injection of anesthetic or steroid at the nerves to the sacroiliac (SI) joint, with imaging guidance.',
  '64454':
    'Injection of anesthetic or steroid at the genicular nerve branches of the knee, with imaging guidance.',
  '64455':
    'Injection of anesthetic or steroid at the common digital nerves of the foot, such as for a Morton neuroma.',
  '64461': 'Thoracic paravertebral nerve block, single injection site.',
  '64462': 'Add-on thoracic paravertebral nerve block at the second and any further injection sites.',
  '64463': 'Thoracic paravertebral nerve block by continuous infusion through a catheter.',
  '64486': 'TAP block (transversus abdominis plane nerve block), unilateral (one side), by injection.',
  '64487':
    'TAP block (transversus abdominis plane nerve block), unilateral (one side), by continuous infusion.',
  '64488': 'TAP block (transversus abdominis plane nerve block), bilateral (both sides), by injections.',
  '64489':
    'TAP block (transversus abdominis plane nerve block), bilateral (both sides), by continuous infusion.',
  '64505': 'Nerve block: injection at the sphenopalatine ganglion.',
  '64510': 'Nerve block: injection at the stellate ganglion (sympathetic nerves of the neck).',
  '64520': 'Nerve block: injection at the lumbar or thoracic sympathetic chain beside the spine.',
  '64530': 'Nerve block: injection at the celiac plexus, imaging included when used.',
  '62320':
    'Interlaminar epidural injection of steroid or other drug in the neck or upper back (cervical or thoracic), without imaging.',
  '62324':
    'Epidural catheter in the neck or upper back (cervical or thoracic) for continuous or repeated drug infusion, without imaging.',
  '62325':
    'Epidural catheter in the neck or upper back (cervical or thoracic) for continuous or repeated drug infusion, with imaging.',
  '62326':
    'Epidural catheter in the lower back or sacrum for continuous or repeated drug infusion, without imaging.',
  '62327':
    'Epidural catheter in the lower back or sacrum for continuous or repeated drug infusion, with imaging.',
  '64480':
    'Add-on for each extra neck or upper-back (cervical or thoracic) level of a transforaminal epidural injection with imaging.',
  '64634':
    'Add-on radiofrequency ablation (destruction) of the nerves to each additional neck or upper-back facet joint level, with imaging.',
  '64636':
    'Add-on radiofrequency ablation (destruction) of the nerves to each additional lower-back or sacral facet joint level, with imaging.',
  '64624': 'Radiofrequency ablation (destruction) of the genicular nerve branches of the knee, with imaging.',
  '64625': 'Radiofrequency ablation (destruction) of the nerves to the sacroiliac (SI) joint, with imaging.',
  '64612':
    'Chemodenervation (such as Botox injections) of muscles served by the facial nerve on one side, such as for blepharospasm.',
  '64615':
    'Chemodenervation (such as Botox injections) of head and neck muscles on both sides for chronic migraine.',
  '64616':
    'Chemodenervation (such as Botox injections) of neck muscles on one side, such as for cervical dystonia or torticollis.',
  '64642': 'Chemodenervation (such as Botox injections) of one arm or leg, 1 or more muscles up to 4.',
  '64643':
    'Add-on chemodenervation (such as Botox injections) of each additional arm or leg, 1 or more muscles up to 4.',
  '64644': 'Chemodenervation (such as Botox injections) of one arm or leg, 5 or more muscles.',
  '64645':
    'Add-on chemodenervation (such as Botox injections) of each additional arm or leg, 5 or more muscles.',
  '64646': 'Chemodenervation (such as Botox injections) of trunk muscles, 1 or more muscles up to 5.',
  '64647': 'Chemodenervation (such as Botox injections) of trunk muscles, 6 or more muscles.',
  '63650': 'Placement of spinal cord stimulator electrodes (lead) into the epidural space through a needle.',
  '63685':
    'Placement or replacement of a spinal cord stimulator pulse generator (battery) in a pocket under the skin.',
};
