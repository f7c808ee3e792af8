// Plain-language summaries of commonly asked CPT codes, written for CodeDesk in its own words. They
// are NOT the AMA descriptors (those are licensed; a customer's file replaces these when loaded) and
// drafts mark them as lay summaries. Keep them short and neutral; never paste descriptor text here.
// Each summary also feeds the word search (code_search), so name the procedure the way coders say it.
import { OFFICE_SUMMARIES } from './lay-summaries-office.js';
import { PROCEDURE_SUMMARIES } from './lay-summaries-procedures.js';
import { ABDOMEN_SUMMARIES } from './lay-summaries-abdomen.js';
import { ALLERGY_SLEEP_DIALYSIS_SUMMARIES } from './lay-summaries-allergy-sleep-dialysis.js';
import { CARDIAC_PROCEDURE_SUMMARIES } from './lay-summaries-cardiac-procedures.js';
import { CARDIAC_TEST_SUMMARIES } from './lay-summaries-cardiac-tests.js';
import { CARE_MANAGEMENT_SUMMARIES } from './lay-summaries-care-management.js';
import { CT_MRI_SUMMARIES } from './lay-summaries-ct-mri.js';
import { DIGESTIVE_LOWER_SUMMARIES } from './lay-summaries-digestive-lower.js';
import { DIGESTIVE_UPPER_SUMMARIES } from './lay-summaries-digestive-upper.js';
import { EM_SUMMARIES } from './lay-summaries-em.js';
import { ENT_EYE_SUMMARIES } from './lay-summaries-ent-eye.js';
import { GU_GYN_SUMMARIES } from './lay-summaries-gu-gyn.js';
import { INFUSION_SUMMARIES } from './lay-summaries-infusion.js';
import { LAB_SUMMARIES } from './lay-summaries-lab.js';
import { MICRO_PATH_SUMMARIES } from './lay-summaries-micro-path.js';
import { MUSCULOSKELETAL_SUMMARIES } from './lay-summaries-musculoskeletal.js';
import { NERVE_SUMMARIES } from './lay-summaries-nerve.js';
import { NEURO_TEST_SUMMARIES } from './lay-summaries-neuro-tests.js';
import { OBSTETRIC_SUMMARIES } from './lay-summaries-obstetric.js';
import { ORTHOPEDIC_SURGERY_SUMMARIES } from './lay-summaries-orthopedic-surgery.js';
import { PSYCH_SUMMARIES } from './lay-summaries-psych.js';
import { PULMONARY_SUMMARIES } from './lay-summaries-pulmonary.js';
import { SKIN_EXCISION_SUMMARIES } from './lay-summaries-skin-excision.js';
import { SKIN_OTHER_SUMMARIES } from './lay-summaries-skin-other.js';
import { SKIN_REPAIR_SUMMARIES } from './lay-summaries-skin-repair.js';
import { THERAPY_SUMMARIES } from './lay-summaries-therapy.js';
import { ULTRASOUND_BREAST_SUMMARIES } from './lay-summaries-ultrasound-breast.js';
import { VASCULAR_SUMMARIES } from './lay-summaries-vascular.js';
import { XRAY_SUMMARIES } from './lay-summaries-xray.js';

export const LAY_SUMMARIES: Readonly<Record<string, string>> = {
  '10030':
    'Drainage of a fluid pocket (such as an abscess or seroma) in the soft tissue through the skin, with a catheter placed using imaging.',
  '20610':
    'Needle aspiration or injection (such as a steroid shot) of a large joint or bursa, for example knee or shoulder, by landmarks without ultrasound.',
  '20611':
    'Needle drainage or injection of a large joint or bursa done with ultrasound to steer the needle, with images kept and reported.',
  '32400': 'Needle biopsy of the pleura (the lining around the lung) taken through the skin.',
  '32405': 'Needle biopsy of the lung or mediastinum taken through the skin.',
  '32420': 'Deleted code: puncture of the lung with a needle to draw out material (lung aspiration).',
  '32550':
    'Placement of a long-term tunneled catheter with a cuff into the pleural space so a recurrent effusion can be drained at home.',
  '32551':
    'Chest tube placed through an open incision into the chest to drain air, blood or fluid (tube thoracostomy).',
  '32552': 'Taking out a tunneled pleural catheter that has a cuff.',
  '32553':
    'Placing small markers (fiducials) inside the chest through the skin to guide radiation treatment.',
  '32554':
    'Thoracentesis: draining fluid from the pleural space around the lung with a needle or catheter, done by landmarks alone without any imaging.',
  '32555':
    'Thoracentesis with imaging guidance: draining fluid from the pleural space around the lung with a needle or catheter while ultrasound or other imaging guides it.',
  '32556':
    'Pleural drainage through the skin that leaves a catheter (such as a pigtail) in place to drain fluid or air from around the lung, done without imaging.',
  '32557':
    'Pleural drainage through the skin that leaves a catheter (such as a pigtail) in place to drain fluid or air from around the lung, with imaging guidance.',
  '32601':
    'Diagnostic thoracoscopy: scope look into the chest (lungs, pleura, mediastinum or pericardial sac) with no biopsy taken.',
  '32602':
    'Deleted code: diagnostic chest scope with biopsy of the lung or pleura (replaced by newer scope codes).',
  '32604': 'Diagnostic chest scope of the pericardial sac with a biopsy.',
  '32606': 'Diagnostic chest scope of the mediastinum with a biopsy.',
  '32607': 'Chest scope with biopsy of a diffuse lung infiltrate, one side.',
  '32608': 'Chest scope with biopsy of a lung nodule or mass, one side.',
  '32609': 'Chest scope with biopsy of the pleura.',
  '32666':
    'Chest scope (thoracoscopy) removing a wedge of lung as treatment (wedge resection), the first wedge on one side.',
  '32960': 'Putting air into the pleural space on purpose to collapse part of the lung for treatment.',
  '62270':
    'Diagnostic lumbar puncture (spinal tap) to collect spinal fluid (CSF) for testing or lab studies, without imaging.',
  '62272': 'Therapeutic spinal tap (lumbar puncture) to drain spinal fluid (CSF), without imaging.',
  '62328': 'Diagnostic lumbar puncture (spinal tap) for CSF tests or studies, guided by fluoroscopy or CT.',
  '62329':
    'Therapeutic spinal tap (lumbar puncture) to drain spinal fluid (CSF), guided by fluoroscopy or CT.',
  '64483':
    'Steroid or anesthetic injection into the epidural space through the side opening of the spine (transforaminal), lower back or sacrum, one level, with imaging.',
  '64484':
    'Add-on for each extra lower-back or sacral level of a transforaminal epidural injection with imaging.',
  '64490': 'Injection into or near a facet joint of the neck or upper back, first level, with imaging.',
  '64491': 'Add-on for the second neck or upper-back facet level injected with imaging.',
  '64492': 'Add-on for the third and any further neck or upper-back facet levels injected with imaging.',
  '64493': 'Injection into or near a facet joint of the lower back or sacrum, first level, with imaging.',
  '64494': 'Add-on for the second lower-back facet level injected with imaging.',
  '64495': 'Add-on for the third and any further lower-back facet levels injected with imaging.',
  '75989':
    'Imaging supervision and reading for placing a drainage catheter through the skin into an abscess or fluid collection.',
  '76604':
    'Ultrasound scan of the chest, including the mediastinum, with pictures recorded, such as to look for a pleural effusion.',
  '76942':
    'Ultrasound needle guidance: imaging that steers the placement of a needle, with supervision and a written reading.',
  '77002': 'Fluoroscopic needle guidance: live x-ray that steers the placement of a needle.',
  '77003': 'Fluoroscopy used to guide and confirm a needle or catheter tip for a spinal or nearby injection.',
  '99202':
    'Office or outpatient visit for a new patient with straightforward medical decision-making or a short total time.',
  '99203':
    'Office or outpatient visit for a new patient with low-complexity medical decision-making or moderate total time.',
  '99204':
    'Office or outpatient visit for a new patient with moderate-complexity medical decision-making or longer total time.',
  '99205':
    'Office or outpatient visit for a new patient with high-complexity medical decision-making or the longest total time.',
  '99211':
    'Brief office visit for a known patient that may not need a physician present, such as a nurse visit for a blood pressure check.',
  '99212':
    'Office or outpatient visit for an established (known) patient with straightforward medical decision-making or a short total time.',
  '99213':
    'Office or outpatient visit for an established (known) patient with low-complexity medical decision-making or moderate total time.',
  '99214':
    'Office or outpatient visit for an established (known) patient with moderate-complexity medical decision-making or longer total time.',
  '99215':
    'Office or outpatient visit for an established (known) patient with high-complexity medical decision-making or the longest total time.',
  '99291': 'Critical care of a gravely ill or injured patient, the first 30 to 74 minutes.',
  '99292': 'Add-on for each additional 30 minutes of critical care after the first 74.',
  ...OFFICE_SUMMARIES,
  ...PROCEDURE_SUMMARIES,
  ...ABDOMEN_SUMMARIES,
  ...ALLERGY_SLEEP_DIALYSIS_SUMMARIES,
  ...CARDIAC_PROCEDURE_SUMMARIES,
  ...CARDIAC_TEST_SUMMARIES,
  ...CARE_MANAGEMENT_SUMMARIES,
  ...CT_MRI_SUMMARIES,
  ...DIGESTIVE_LOWER_SUMMARIES,
  ...DIGESTIVE_UPPER_SUMMARIES,
  ...EM_SUMMARIES,
  ...ENT_EYE_SUMMARIES,
  ...GU_GYN_SUMMARIES,
  ...INFUSION_SUMMARIES,
  ...LAB_SUMMARIES,
  ...MICRO_PATH_SUMMARIES,
  ...MUSCULOSKELETAL_SUMMARIES,
  ...NERVE_SUMMARIES,
  ...NEURO_TEST_SUMMARIES,
  ...OBSTETRIC_SUMMARIES,
  ...ORTHOPEDIC_SURGERY_SUMMARIES,
  ...PSYCH_SUMMARIES,
  ...PULMONARY_SUMMARIES,
  ...SKIN_EXCISION_SUMMARIES,
  ...SKIN_OTHER_SUMMARIES,
  ...SKIN_REPAIR_SUMMARIES,
  ...THERAPY_SUMMARIES,
  ...ULTRASOUND_BREAST_SUMMARIES,
  ...VASCULAR_SUMMARIES,
  ...XRAY_SUMMARIES,
};
