// Lay summaries (see lay-summaries.ts): shave removal and excision of skin lesions, by site group and by
// size (widest diameter plus the margins taken). CodeDesk's own words, never the AMA descriptors.
export const SKIN_EXCISION_SUMMARIES: Readonly<Record<string, string>> = {
  '11300':
    'Shave removal of a raised skin lesion with a flat slice, trunk, arms or legs (back, chest, belly), 0.5 cm or less.',
  '11301':
    'Shave removal of a raised skin lesion with a flat slice, trunk, arms or legs (back, chest, belly), 0.6 to 1.0 cm.',
  '11302':
    'Shave removal of a raised skin lesion with a flat slice, trunk, arms or legs (back, chest, belly), 1.1 to 2.0 cm.',
  '11303':
    'Shave removal of a raised skin lesion with a flat slice, trunk, arms or legs (back, chest, belly), more than 2.0 cm across.',
  '11305':
    'Shave removal of a raised skin lesion with a flat slice, scalp, neck, hands, feet or genitals, 0.5 cm or less.',
  '11306':
    'Shave removal of a raised skin lesion with a flat slice, scalp, neck, hands, feet or genitals, 0.6 to 1.0 cm.',
  '11307':
    'Shave removal of a raised skin lesion with a flat slice, scalp, neck, hands, feet or genitals, 1.1 to 2.0 cm.',
  '11308':
    'Shave removal of a raised skin lesion with a flat slice, scalp, neck, hands, feet or genitals, more than 2.0 cm across.',
  '11310':
    'Shave removal of a raised skin lesion with a flat slice, face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 0.5 cm or less.',
  '11311':
    'Shave removal of a raised skin lesion with a flat slice, face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 0.6 to 1.0 cm.',
  '11312':
    'Shave removal of a raised skin lesion with a flat slice, face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 1.1 to 2.0 cm.',
  '11313':
    'Shave removal of a raised skin lesion with a flat slice, face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, more than 2.0 cm across.',
  '11400':
    'Excision of a benign skin lesion (such as a mole) of the trunk, arms or legs (back, chest, belly), 0.5 cm or less with margins.',
  '11401':
    'Excision of a benign skin lesion (such as a mole) of the trunk, arms or legs (back, chest, belly), 0.6 to 1.0 cm with margins.',
  '11402':
    'Excision of a benign skin lesion (such as a mole) of the trunk, arms or legs (back, chest, belly), 1.1 to 2.0 cm with margins.',
  '11403':
    'Excision of a benign skin lesion (such as a mole) of the trunk, arms or legs (back, chest, belly), 2.1 to 3.0 cm with margins.',
  '11404':
    'Excision of a benign skin lesion (such as a mole) of the trunk, arms or legs (back, chest, belly), 3.1 to 4.0 cm with margins.',
  '11406':
    'Excision of a benign skin lesion (such as a mole) of the trunk, arms or legs (back, chest, belly), more than 4.0 cm across with margins.',
  '11420':
    'Excision of a benign skin lesion (such as a mole) of the scalp, neck, hands, feet or genitals, 0.5 cm or less with margins.',
  '11421':
    'Excision of a benign skin lesion (such as a mole) of the scalp, neck, hands, feet or genitals, 0.6 to 1.0 cm with margins.',
  '11422':
    'Excision of a benign skin lesion (such as a mole) of the scalp, neck, hands, feet or genitals, 1.1 to 2.0 cm with margins.',
  '11423':
    'Excision of a benign skin lesion (such as a mole) of the scalp, neck, hands, feet or genitals, 2.1 to 3.0 cm with margins.',
  '11424':
    'Excision of a benign skin lesion (such as a mole) of the scalp, neck, hands, feet or genitals, 3.1 to 4.0 cm with margins.',
  '11426':
    'Excision of a benign skin lesion (such as a mole) of the scalp, neck, hands, feet or genitals, more than 4.0 cm across with margins.',
  '11440':
    'Excision of a benign skin lesion (such as a mole) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 0.5 cm or less with margins.',
  '11441':
    'Excision of a benign skin lesion (such as a mole) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 0.6 to 1.0 cm with margins.',
  '11442':
    'Excision of a benign skin lesion (such as a mole) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 1.1 to 2.0 cm with margins.',
  '11443':
    'Excision of a benign skin lesion (such as a mole) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 2.1 to 3.0 cm with margins.',
  '11444':
    'Excision of a benign skin lesion (such as a mole) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 3.1 to 4.0 cm with margins.',
  '11446':
    'Excision of a benign skin lesion (such as a mole) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, more than 4.0 cm across with margins.',
  '11600':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the trunk, arms or legs (back, chest, belly), 0.5 cm or less with margins.',
  '11601':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the trunk, arms or legs (back, chest, belly), 0.6 to 1.0 cm with margins.',
  '11602':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the trunk, arms or legs (back, chest, belly), 1.1 to 2.0 cm with margins.',
  '11603':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the trunk, arms or legs (back, chest, belly), 2.1 to 3.0 cm with margins.',
  '11604':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the trunk, arms or legs (back, chest, belly), 3.1 to 4.0 cm with margins.',
  '11606':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the trunk, arms or legs (back, chest, belly), more than 4.0 cm across with margins.',
  '11620':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the scalp, neck, hands, feet or genitals, 0.5 cm or less with margins.',
  '11621':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the scalp, neck, hands, feet or genitals, 0.6 to 1.0 cm with margins.',
  '11622':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the scalp, neck, hands, feet or genitals, 1.1 to 2.0 cm with margins.',
  '11623':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the scalp, neck, hands, feet or genitals, 2.1 to 3.0 cm with margins.',
  '11624':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the scalp, neck, hands, feet or genitals, 3.1 to 4.0 cm with margins.',
  '11626':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the scalp, neck, hands, feet or genitals, more than 4.0 cm across with margins.',
  '11640':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 0.5 cm or less with margins.',
  '11641':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 0.6 to 1.0 cm with margins.',
  '11642':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 1.1 to 2.0 cm with margins.',
  '11643':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 2.1 to 3.0 cm with margins.',
  '11644':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, 3.1 to 4.0 cm with margins.',
  '11646':
    'Excision of a malignant skin lesion (such as basal cell carcinoma) of the face (cheek, forehead, chin), ears, eyelids, nose, lips or mucous membrane, more than 4.0 cm across with margins.',
};
