// Lay summaries (see lay-summaries.ts): nosebleeds, tonsils and adenoids, ear tubes, eye exams, eye imaging,
// injections and cataract surgery. CodeDesk's own words, never the AMA descriptors.
export const ENT_EYE_SUMMARIES: Readonly<Record<string, string>> = {
  '30901':
    'Control of a nosebleed from the front of the nose (anterior), simple, for example a little cautery or light packing.',
  '30903':
    'Control of a nosebleed from the front of the nose (anterior), complex, such as extensive packing.',
  '30905': 'Control of a nosebleed from the back of the nose (posterior) with posterior packing, initial.',
  '30906': 'Control of a nosebleed from the back of the nose (posterior), subsequent (repeat) treatment.',
  '42820': 'Tonsillectomy and adenoidectomy (T&A), under age 12.',
  '42821': 'Tonsillectomy and adenoidectomy (T&A), age 12 or older.',
  '42825': 'Tonsillectomy alone (tonsils removed), under age 12.',
  '42826': 'Tonsillectomy alone (tonsils removed), age 12 or older.',
  '42830': 'Adenoidectomy alone (adenoids removed), first time, under age 12.',
  '42831': 'Adenoidectomy alone (adenoids removed), first time, age 12 or older.',
  '42835': 'Repeat adenoidectomy (secondary), under age 12.',
  '42836': 'Repeat adenoidectomy (secondary), age 12 or older.',
  '69200': 'Removal of a foreign body from the outer ear canal, without general anesthesia.',
  '69433': 'Ear tube insertion (tympanostomy with a ventilation tube) under local or topical anesthesia.',
  '69436': 'Ear tube insertion (tympanostomy with a ventilation tube) under general anesthesia.',
  '92002': 'Eye exam (ophthalmological services) for a new patient, intermediate.',
  '92004': 'Eye exam (ophthalmological services) for a new patient, comprehensive.',
  '92012': 'Eye exam (ophthalmological services) for an established (known) patient, intermediate.',
  '92014': 'Eye exam (ophthalmological services) for an established (known) patient, comprehensive.',
  '92083': 'Visual field test, extended, such as an automated threshold exam.',
  '92133': 'Scanning imaging of the eye (OCT) of the optic nerve, such as for glaucoma, with report.',
  '92134': 'Scanning imaging of the eye (OCT) of the retina, with report.',
  '92250': 'Fundus photography: photos of the back of the eye (retina) with interpretation and report.',
  '65855': 'Laser trabeculoplasty for glaucoma (such as SLT).',
  '67028': 'Injection of a drug into the eye (intravitreal injection), such as an anti-VEGF drug.',
  '66982':
    'Cataract removal with an intraocular lens implant (IOL), complex, such as needing special devices or techniques.',
  '66989':
    'Complex cataract removal with an intraocular lens (IOL) plus a glaucoma drainage stent in the eye (such as iStent).',
  '66991':
    'Routine cataract removal with an intraocular lens (IOL) plus a glaucoma drainage stent in the eye (such as iStent).',
  '68761': 'Closing a tear duct opening with a plug (punctal plug), each.',
};
