// Lay summaries (see lay-summaries.ts): skin drainage and debridement, wound therapy, corns and nails,
// destruction of skin cancers and skin substitute grafts. CodeDesk's own words, never the AMA descriptors.
export const SKIN_OTHER_SUMMARIES: Readonly<Record<string, string>> = {
  '10080': 'Incision and drainage (I&D) of a pilonidal cyst or abscess, simple.',
  '10081': 'Incision and drainage (I&D) of a pilonidal cyst or abscess, complicated.',
  '10121': 'Incision to take out a foreign body from under the skin, complicated.',
  '10180': 'Incision and drainage of a complex infected surgical wound after an operation.',
  '11010':
    'Debridement of skin and subcutaneous tissue at an open fracture or dislocation, with removal of debris and foreign material.',
  '11011':
    'Debridement of skin, subcutaneous tissue, fascia and muscle at an open fracture or dislocation, with removal of debris.',
  '11012':
    'Debridement down to and including bone at an open fracture or dislocation, with removal of debris.',
  '11043': 'Debridement of a wound down to and including muscle or fascia, first 20 square centimeters.',
  '11044': 'Debridement of a wound down to and including bone, first 20 square centimeters.',
  '11045': 'Add-on for each additional 20 square centimeters of debridement down to the subcutaneous tissue.',
  '11046': 'Add-on for each additional 20 square centimeters of debridement down to muscle or fascia.',
  '11047': 'Add-on for each additional 20 square centimeters of debridement down to bone.',
  '97598':
    'Add-on for each additional 20 square centimeters of selective removal of dead tissue from an open wound.',
  '97602':
    'Non-selective removal of dead tissue from a wound (such as wet-to-moist dressings or enzymes), per session.',
  '97605':
    'Negative pressure wound therapy (wound vac) with a durable equipment pump, total wound area 50 square centimeters or less.',
  '97606':
    'Negative pressure wound therapy (wound vac) with a durable equipment pump, total wound area more than 50 square centimeters.',
  '11055': 'Paring or trimming of one corn or callus (benign thickened skin).',
  '11056': 'Paring or trimming of 2 or more corns or calluses, up to four.',
  '11057': 'Paring or trimming of 5 or more corns or calluses.',
  '11719': 'Trimming of nails that are not thick or diseased (nondystrophic), any number.',
  '11720':
    'Debridement (thinning) of thick or fungal (mycotic) nails by any method, one or more nails up to five.',
  '11721': 'Debridement (thinning) of thick or fungal (mycotic) nails by any method, 6 or more nails.',
  '11732': 'Add-on for each additional nail plate removed (nail avulsion) after the first.',
  '11760': 'Repair of a torn nail bed.',
  '11762': 'Reconstruction of a nail bed with a graft.',
  '11765': 'Wedge excision of the skin of the nail fold beside the nail.',
  '17004':
    'Destruction (for example cryotherapy) of 15 or more actinic keratoses or other premalignant skin lesions.',
  '17260':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, trunk, arms or legs, 0.5 cm or less.',
  '17261':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, trunk, arms or legs, 0.6 to 1.0 cm.',
  '17262':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, trunk, arms or legs, 1.1 to 2.0 cm.',
  '17263':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, trunk, arms or legs, 2.1 to 3.0 cm.',
  '17264':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, trunk, arms or legs, 3.1 to 4.0 cm.',
  '17266':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, trunk, arms or legs, more than 4.0 cm across.',
  '17270':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, scalp, neck, hands, feet or genitals, 0.5 cm or less.',
  '17271':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, scalp, neck, hands, feet or genitals, 0.6 to 1.0 cm.',
  '17272':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, scalp, neck, hands, feet or genitals, 1.1 to 2.0 cm.',
  '17273':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, scalp, neck, hands, feet or genitals, 2.1 to 3.0 cm.',
  '17274':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, scalp, neck, hands, feet or genitals, 3.1 to 4.0 cm.',
  '17276':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, scalp, neck, hands, feet or genitals, more than 4.0 cm across.',
  '17280':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, face, ears, eyelids, nose, lips or mucous membrane, 0.5 cm or less.',
  '17281':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, face, ears, eyelids, nose, lips or mucous membrane, 0.6 to 1.0 cm.',
  '17282':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, face, ears, eyelids, nose, lips or mucous membrane, 1.1 to 2.0 cm.',
  '17283':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, face, ears, eyelids, nose, lips or mucous membrane, 2.1 to 3.0 cm.',
  '17284':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, face, ears, eyelids, nose, lips or mucous membrane, 3.1 to 4.0 cm.',
  '17286':
    'Destruction of a malignant skin lesion (such as basal cell carcinoma) by any method, face, ears, eyelids, nose, lips or mucous membrane, more than 4.0 cm across.',
  '15271':
    'Skin substitute graft applied to the trunk, arms or legs, total wound area up to 100 square centimeters, first 25 square centimeters.',
  '15272':
    'Add-on for each further 25 square centimeters of skin substitute graft on the trunk, arms or legs, wound area up to 100 square centimeters.',
  '15273':
    'Skin substitute graft applied to the trunk, arms or legs, total wound area 100 square centimeters or more, first 100 square centimeters.',
  '15274':
    'Add-on for each further 100 square centimeters of skin substitute graft on the trunk, arms or legs, wound area 100 square centimeters or more.',
  '15275':
    'Skin substitute graft applied to the face, scalp, eyelids, mouth, neck, ears, genitals, hands, feet or several digits, total wound area up to 100 square centimeters, first 25 square centimeters.',
  '15276':
    'Add-on for each further 25 square centimeters of skin substitute graft on the face, scalp, eyelids, mouth, neck, ears, genitals, hands, feet or several digits, wound area up to 100 square centimeters.',
  '15277':
    'Skin substitute graft applied to the face, scalp, eyelids, mouth, neck, ears, genitals, hands, feet or several digits, total wound area 100 square centimeters or more, first 100 square centimeters.',
  '15278':
    'Add-on for each further 100 square centimeters of skin substitute graft on the face, scalp, eyelids, mouth, neck, ears, genitals, hands, feet or several digits, wound area 100 square centimeters or more.',
};
