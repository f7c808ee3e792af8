// Lay summaries (see lay-summaries.ts): wound and laceration repair (simple, intermediate, complex) and
// adjacent tissue transfer, by site group and by length or defect size. CodeDesk's own words, never the AMA
// descriptors.
export const SKIN_REPAIR_SUMMARIES: Readonly<Record<string, string>> = {
  '12002':
    'Simple repair of a superficial wound or laceration of the scalp, neck, trunk, arms, legs, hands or feet, 2.6 to 7.5 cm.',
  '12004':
    'Simple repair of a superficial wound or laceration of the scalp, neck, trunk, arms, legs, hands or feet, 7.6 to 12.5 cm.',
  '12005':
    'Simple repair of a superficial wound or laceration of the scalp, neck, trunk, arms, legs, hands or feet, 12.6 to 20.0 cm.',
  '12006':
    'Simple repair of a superficial wound or laceration of the scalp, neck, trunk, arms, legs, hands or feet, 20.1 to 30.0 cm.',
  '12007':
    'Simple repair of a superficial wound or laceration of the scalp, neck, trunk, arms, legs, hands or feet, more than 30.0 cm in length.',
  '12013':
    'Simple repair of a superficial wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 2.6 to 5.0 cm.',
  '12014':
    'Simple repair of a superficial wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 5.1 to 7.5 cm.',
  '12015':
    'Simple repair of a superficial wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 7.6 to 12.5 cm.',
  '12016':
    'Simple repair of a superficial wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 12.6 to 20.0 cm.',
  '12017':
    'Simple repair of a superficial wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 20.1 to 30.0 cm.',
  '12018':
    'Simple repair of a superficial wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, more than 30.0 cm in length.',
  '12032':
    'Intermediate layered repair of a wound or laceration of the scalp, armpits, trunk, arms or legs, 2.6 to 7.5 cm.',
  '12034':
    'Intermediate layered repair of a wound or laceration of the scalp, armpits, trunk, arms or legs, 7.6 to 12.5 cm.',
  '12035':
    'Intermediate layered repair of a wound or laceration of the scalp, armpits, trunk, arms or legs, 12.6 to 20.0 cm.',
  '12036':
    'Intermediate layered repair of a wound or laceration of the scalp, armpits, trunk, arms or legs, 20.1 to 30.0 cm.',
  '12037':
    'Intermediate layered repair of a wound or laceration of the scalp, armpits, trunk, arms or legs, more than 30.0 cm in length.',
  '12041':
    'Intermediate layered repair of a wound or laceration of the neck, hands, feet or genitals, 2.5 cm or less.',
  '12042':
    'Intermediate layered repair of a wound or laceration of the neck, hands, feet or genitals, 2.6 to 7.5 cm.',
  '12044':
    'Intermediate layered repair of a wound or laceration of the neck, hands, feet or genitals, 7.6 to 12.5 cm.',
  '12045':
    'Intermediate layered repair of a wound or laceration of the neck, hands, feet or genitals, 12.6 to 20.0 cm.',
  '12046':
    'Intermediate layered repair of a wound or laceration of the neck, hands, feet or genitals, 20.1 to 30.0 cm.',
  '12047':
    'Intermediate layered repair of a wound or laceration of the neck, hands, feet or genitals, more than 30.0 cm in length.',
  '12051':
    'Intermediate layered repair of a wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 2.5 cm or less.',
  '12052':
    'Intermediate layered repair of a wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 2.6 to 5.0 cm.',
  '12053':
    'Intermediate layered repair of a wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 5.1 to 7.5 cm.',
  '12054':
    'Intermediate layered repair of a wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 7.6 to 12.5 cm.',
  '12055':
    'Intermediate layered repair of a wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 12.6 to 20.0 cm.',
  '12056':
    'Intermediate layered repair of a wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, 20.1 to 30.0 cm.',
  '12057':
    'Intermediate layered repair of a wound or laceration of the face, ears, eyelids, nose, lips or mucous membrane, more than 30.0 cm in length.',
  '13101': 'Complex repair of a wound or laceration of the trunk, 2.6 to 7.5 cm.',
  '13102': 'Add-on for each further 5 cm or less of complex repair of the trunk past the first 7.5 cm.',
  '13120': 'Complex repair of a wound or laceration of the scalp, arms or legs, 1.1 to 2.5 cm.',
  '13121': 'Complex repair of a wound or laceration of the scalp, arms or legs, 2.6 to 7.5 cm.',
  '13122':
    'Add-on for each further 5 cm or less of complex repair of the scalp, arms or legs past the first 7.5 cm.',
  '13131':
    'Complex repair of a wound or laceration of the forehead, cheeks, chin, mouth, neck, armpits, genitals, hands or feet, 1.1 to 2.5 cm.',
  '13132':
    'Complex repair of a wound or laceration of the forehead, cheeks, chin, mouth, neck, armpits, genitals, hands or feet, 2.6 to 7.5 cm.',
  '13133':
    'Add-on for each further 5 cm or less of complex repair of the forehead, cheeks, chin, mouth, neck, armpits, genitals, hands or feet past the first 7.5 cm.',
  '13151': 'Complex repair of a wound or laceration of the eyelids, nose, ears or lips, 1.1 to 2.5 cm.',
  '13152': 'Complex repair of a wound or laceration of the eyelids, nose, ears or lips, 2.6 to 7.5 cm.',
  '13153':
    'Add-on for each further 5 cm or less of complex repair of the eyelids, nose, ears or lips past the first 7.5 cm.',
  '14000':
    'Adjacent tissue transfer (local flap such as advancement, rotation or Z-plasty) on the trunk, defect 10 square centimeters or less.',
  '14001':
    'Adjacent tissue transfer (local flap such as advancement, rotation or Z-plasty) on the trunk, defect 10.1 to 30.0 square centimeters.',
  '14020':
    'Adjacent tissue transfer (local flap such as advancement, rotation or Z-plasty) on the scalp, arms or legs, defect 10 square centimeters or less.',
  '14021':
    'Adjacent tissue transfer (local flap such as advancement, rotation or Z-plasty) on the scalp, arms or legs, defect 10.1 to 30.0 square centimeters.',
  '14040':
    'Adjacent tissue transfer (local flap such as advancement, rotation or Z-plasty) on the forehead, cheeks, chin, mouth, neck, armpits, genitals, hands or feet, defect 10 square centimeters or less.',
  '14041':
    'Adjacent tissue transfer (local flap such as advancement, rotation or Z-plasty) on the forehead, cheeks, chin, mouth, neck, armpits, genitals, hands or feet, defect 10.1 to 30.0 square centimeters.',
  '14060':
    'Adjacent tissue transfer (local flap such as advancement, rotation or Z-plasty) on the eyelids, nose, ears or lips, defect 10 square centimeters or less.',
  '14061':
    'Adjacent tissue transfer (local flap such as advancement, rotation or Z-plasty) on the eyelids, nose, ears or lips, defect 10.1 to 30.0 square centimeters.',
  '14301': 'Adjacent tissue transfer (local flap) on any body area, defect 30.1 to 60.0 square centimeters.',
  '14302':
    'Add-on for each further 30 square centimeters or part of it of adjacent tissue transfer past the first 60.',
};
