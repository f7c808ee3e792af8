// Lay summaries (see lay-summaries.ts): minor and major procedures, scopes, imaging and spine
// injections that coders ask about most. CodeDesk's own words, never the AMA descriptors.
export const PROCEDURE_SUMMARIES: Readonly<Record<string, string>> = {
  '10060': 'Incision and drainage (I&D) of a skin abscess, boil or infected cyst, simple or single.',
  '10061': 'Incision and drainage (I&D) of a skin abscess, complicated or multiple.',
  '10140': 'Incision and drainage of a collection of blood (hematoma) or fluid (seroma) under the skin.',
  '10160': 'Needle puncture and aspiration of an abscess, hematoma, bulla or cyst.',
  '10120': 'Incision to take out a foreign body from under the skin, simple.',
  '10005': 'Fine needle aspiration biopsy with ultrasound guidance, first lesion.',
  '11102': 'Tangential (shave-type) biopsy of skin, one lesion.',
  '11104': 'Punch biopsy of skin, one lesion.',
  '11106': 'Incisional biopsy of skin cut through the full thickness, one lesion.',
  '11042':
    'Debridement of a wound down to and including the subcutaneous tissue, first 20 square centimeters.',
  '11730':
    'Removal of a fingernail or toenail plate (nail avulsion), partial or complete, one nail, such as the great toe.',
  '11750': 'Excision of a nail and nail matrix (for example for an ingrown toenail), partial or complete.',
  '12001':
    'Simple repair of a superficial wound or laceration of the scalp, neck, trunk, arms, legs, hands or feet, 2.5 cm or less.',
  '12011':
    'Simple repair of a superficial wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 2.5 cm or less.',
  '12031':
    'Intermediate layered repair of a wound or laceration of the scalp, armpits, trunk, arms or legs, 2.5 cm or less.',
  '13100': 'Complex repair of a wound or laceration of the trunk, 1.1 to 2.5 cm.',
  '17000':
    'Destruction (for example cryotherapy with liquid nitrogen) of one premalignant skin lesion such as an actinic keratosis.',
  '17003':
    'Add-on for each premalignant skin lesion (actinic keratosis) destroyed from the second through the fourteenth.',
  '17110': 'Destruction of benign skin lesions such as warts, up to 14 lesions.',
  '17111': 'Destruction of benign skin lesions such as warts, 15 lesions or more.',
  '11200': 'Removal of skin tags (acrochordons) by any method, the first 15 tags.',
  '11201': 'Add-on for each further 10 skin tags removed, or part of 10, past the first 15.',
  '11900': 'Injection of medicine into skin lesions (intralesional), up to 7 lesions.',
  '11901': 'Injection of medicine into skin lesions (intralesional), more than 7 lesions.',
  '25600': 'Closed treatment of a distal radius fracture at the wrist without manipulation (no reduction).',
  '29065': 'Applying a long arm cast from the shoulder to the hand.',
  '29075': 'Applying a short arm cast from the elbow to the hand (forearm cast).',
  '29105': 'Applying a long arm splint from the shoulder to the hand.',
  '29125': 'Applying a short arm splint from the forearm to the hand, static.',
  '29405': 'Applying a short leg cast from below the knee to the toes.',
  '29515': 'Applying a short leg splint from the calf to the foot.',
  '29881':
    'Knee arthroscopy (scope) with removal of torn meniscus cartilage (meniscectomy), medial or lateral, with shaving.',
  '27447': 'Total knee replacement (knee arthroplasty).',
  '27130': 'Total hip replacement (hip arthroplasty).',
  '26055': 'Release of the tendon sheath of a trigger finger.',
  '64721': 'Release of the median nerve at the wrist (carpal tunnel release), open.',
  '62321':
    'Interlaminar epidural injection of steroid or other drug in the neck or upper back (cervical or thoracic), with imaging.',
  '62322':
    'Interlaminar epidural injection of steroid or other drug in the lower back or sacrum, without imaging.',
  '62323':
    'Interlaminar epidural injection of steroid or other drug in the lower back or sacrum, with imaging.',
  '64479':
    'Transforaminal epidural injection of steroid or anesthetic in the neck or upper back (cervical or thoracic), one level, with imaging.',
  '64633':
    'Radiofrequency ablation (destruction) of the nerves to a neck facet joint, one level, with imaging.',
  '64635':
    'Radiofrequency ablation (destruction) of the nerves to a lower-back facet joint, one level, with imaging.',
  '49082':
    'Paracentesis: draining fluid (ascites) from the belly (peritoneal cavity) with a needle, no imaging.',
  '49083': 'Paracentesis: draining fluid (ascites) from the belly (peritoneal cavity) with imaging guidance.',
  '32560': 'Pleurodesis: putting an agent into the chest space through a tube to seal the pleura.',
  '33016':
    'Pericardiocentesis: draining fluid from the sac around the heart with a needle, with imaging guidance.',
  '43235':
    'Upper GI endoscopy (EGD) through the mouth to look at the esophagus, stomach and duodenum, diagnostic.',
  '43239': 'Upper GI endoscopy (EGD) with one or more biopsies.',
  '45378': 'Colonoscopy through the anus, diagnostic, with no biopsy or removal.',
  '45380': 'Colonoscopy with one or more biopsies, such as cold forceps biopsy of a polyp or tissue.',
  '45385': 'Colonoscopy with removal of polyps or lesions by snare.',
  '31622': 'Bronchoscopy (scope into the airways) to diagnose, where cell washings may be taken.',
  '31628': 'Bronchoscopy with transbronchial lung biopsy, one lobe.',
  '52000': 'Cystoscopy: scope look into the urethra and bladder (cystourethroscopy).',
  '47562': 'Laparoscopic cholecystectomy: gallbladder removed through a scope.',
  '47563': 'Laparoscopic cholecystectomy with an x-ray of the bile ducts (cholangiography) during surgery.',
  '44970': 'Laparoscopic appendectomy: appendix removed through a scope.',
  '47000': 'Needle biopsy of the liver through the skin.',
  '50200': 'Needle biopsy of the kidney through the skin.',
  '38221': 'Bone marrow biopsy with a needle or trocar.',
  '38220': 'Bone marrow aspiration (drawing out marrow with a needle) for diagnosis.',
  '19083':
    'Breast biopsy through the skin with a device placed to mark the site, first lesion, with ultrasound guidance.',
  '31600': 'Tracheostomy: opening in the windpipe through the neck, planned (elective).',
  '54150': 'Circumcision using a clamp or other device, with nerve block.',
  '55250': 'Vasectomy, one or both sides, with any postoperative semen check.',
  '58300': 'Inserting an intrauterine device (IUD) for contraception.',
  '58301': 'Removing an intrauterine device (IUD).',
  '57452': 'Colposcopy: magnified look at the cervix and upper vagina, without biopsy.',
  '57455': 'Colposcopy with biopsy of the cervix.',
  '58100': 'Biopsy of the lining of the uterus (endometrial biopsy) without dilation.',
  '59400':
    'Routine obstetric care for a vaginal delivery: prenatal visits, the delivery and care after delivery (global).',
  '59510':
    'Routine obstetric care for a cesarean delivery: prenatal visits, the cesarean and care after (global).',
  '66984': 'Cataract removal (extraction) with an artificial lens implant (intraocular lens, IOL), routine.',
  '93458':
    'Left heart catheterization with coronary angiography (x-ray of the heart arteries) and left ventricle imaging.',
  '71045': 'Chest x-ray, one view.',
  '71046': 'Chest x-ray, two views.',
  '70450': 'CT scan of the head or brain without contrast.',
  '74177': 'CT scan of the abdomen and pelvis with contrast.',
  '72148': 'MRI of the lumbar spine (lower back) without contrast.',
  '76700': 'Ultrasound of the abdomen, complete.',
  '76705': 'Ultrasound of the abdomen, limited (one organ or quadrant, or a follow-up).',
  '76770': 'Ultrasound of the retroperitoneum (kidneys, aorta), complete.',
  '76856': 'Pelvic ultrasound, non-obstetric (not pregnancy), complete.',
  '77067': 'Screening mammogram (mammography) of both breasts, with computer-aided detection.',
  '77080': 'Bone density scan (DXA, dual-energy x-ray absorptiometry) of the hip, pelvis or spine.',
};
