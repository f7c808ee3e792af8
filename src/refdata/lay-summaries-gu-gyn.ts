// Lay summaries (see lay-summaries.ts): bladder catheters, cystoscopy and ureteroscopy, prostate, cervix,
// uterus and tubal procedures, contraceptive implants. CodeDesk's own words, never the AMA descriptors.
export const GU_GYN_SUMMARIES: Readonly<Record<string, string>> = {
  '51701':
    'In-and-out (straight) bladder catheterization, not left in place, such as for a urine sample or a post-void residual check.',
  '51702': 'Placing a temporary indwelling bladder catheter (Foley), simple.',
  '51703':
    'Placing a temporary indwelling bladder catheter (Foley), complicated, such as when the urethra is hard to pass.',
  '51720': 'Instilling a drug (such as BCG) into the bladder through a catheter to treat bladder cancer.',
  '51798':
    'Bladder scan by ultrasound to measure the urine left after voiding (post-void residual) or bladder capacity.',
  '52204':
    'Cystoscopy: scope look into the urethra and bladder (cystourethroscopy) with one or more biopsies of the bladder or urethra.',
  '52224':
    'Cystoscopy: scope look into the urethra and bladder (cystourethroscopy) with fulguration or other treatment of minor bladder lesions less than 0.5 cm, biopsy included.',
  '52234':
    'Cystoscopy: scope look into the urethra and bladder (cystourethroscopy) with fulguration or resection of a small bladder tumor, 0.5 to 2.0 cm.',
  '52235':
    'Cystoscopy: scope look into the urethra and bladder (cystourethroscopy) with fulguration or resection of a medium bladder tumor, 2.0 to 5.0 cm.',
  '52240':
    'Cystoscopy: scope look into the urethra and bladder (cystourethroscopy) with fulguration or resection of a large bladder tumor, more than 5.0 cm.',
  '52260':
    'Cystoscopy: scope look into the urethra and bladder (cystourethroscopy) with stretching (dilation) of the bladder for interstitial cystitis, under general or spinal anesthesia.',
  '52281':
    'Cystoscopy: scope look into the urethra and bladder (cystourethroscopy) with calibration or dilation of a urethral stricture.',
  '52310':
    'Cystoscopy: scope look into the urethra and bladder (cystourethroscopy) with removal of a ureteral stent, stone or foreign body from the bladder or urethra, simple.',
  '52332':
    'Cystoscopy: scope look into the urethra and bladder (cystourethroscopy) with insertion of an indwelling ureteral stent (such as a double-J stent).',
  '52353': 'Ureteroscopy (scope through the bladder into the ureter or kidney) with lithotripsy of a stone.',
  '52356':
    'Ureteroscopy (scope through the bladder into the ureter or kidney) with lithotripsy of a stone and a ureteral stent placed.',
  '52601': 'Transurethral resection of the prostate (TURP).',
  '57454': 'Colposcopy with biopsy of the cervix and endocervical curettage (ECC).',
  '57456': 'Colposcopy with endocervical curettage (ECC) only.',
  '57460': 'Colposcopy with LEEP biopsy of the cervix (loop electrode).',
  '57461': 'Colposcopy with LEEP conization of the cervix (loop electrode).',
  '57500':
    'Biopsy of the cervix without colposcopy, one or more pieces, or local excision of a cervical lesion.',
  '58120': 'Dilation and curettage (D&C) of the uterus, not related to a pregnancy.',
  '58555': 'Hysteroscopy (scope look inside the uterus), diagnostic.',
  '58558': 'Hysteroscopy with endometrial sampling or polyp removal, D&C included when done.',
  '58561': 'Hysteroscopy with removal of fibroids (leiomyomata).',
  '58563': 'Hysteroscopy with endometrial ablation.',
  '58661': 'Laparoscopic removal of an ovary, a tube or both (salpingo-oophorectomy), one or both sides.',
  '58670': 'Laparoscopic tubal sterilization by burning (fulguration) of the fallopian tubes.',
  '58671':
    'Laparoscopic tubal sterilization by blocking the fallopian tubes with a device such as a clip or ring.',
  '11981':
    'Inserting a drug-delivery implant under the skin, such as a contraceptive arm implant (Nexplanon).',
  '11982': 'Removing a non-biodegradable drug-delivery implant, such as a contraceptive arm implant.',
  '11983':
    'Removing and reinserting a non-biodegradable drug-delivery implant, such as a contraceptive arm implant.',
};
