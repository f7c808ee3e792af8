// Lay summaries (see lay-summaries.ts): breathing tests, pulse oximetry, nasal endoscopy, laryngoscopy and
// bronchoscopy. CodeDesk's own words, never the AMA descriptors.
export const PULMONARY_SUMMARIES: Readonly<Record<string, string>> = {
  '94060':
    'Spirometry breathing test done before and after a bronchodilator (inhaled airway-opening medicine) is given.',
  '94375': 'Respiratory flow volume loop breathing test.',
  '94618':
    'Walking breathing-stress test, such as a 6-minute walk with pulse oximetry and oxygen adjusted when needed.',
  '94664': 'Teaching or checking how a patient uses an inhaler or nebulizer (aerosol device).',
  '94729': 'Add-on diffusing capacity test (DLCO) done with other pulmonary function tests.',
  '94760': 'Pulse oximetry (oxygen saturation) by a noninvasive sensor, single reading.',
  '94761':
    'Pulse oximetry (oxygen saturation) by a noninvasive sensor, multiple readings, such as with exercise.',
  '94762': 'Pulse oximetry (oxygen saturation) monitored continuously overnight.',
  '31231': 'Nasal endoscopy to diagnose, one or both sides.',
  '31575': 'Flexible laryngoscopy (scope look at the voice box), diagnostic.',
  '31623': 'Bronchoscopy with brushings of the airway.',
  '31624': 'Bronchoscopy with bronchoalveolar lavage (BAL).',
  '31625': 'Bronchoscopy with biopsy of the airway wall (endobronchial biopsy), one or more sites.',
  '31627': 'Add-on computer-assisted navigation during bronchoscopy (navigational bronchoscopy).',
  '31629':
    'Bronchoscopy with transbronchial needle aspiration (TBNA) of the trachea or main or lobar bronchi.',
  '31632': 'Add-on transbronchial lung biopsy in each additional lobe during bronchoscopy.',
  '31633': 'Add-on transbronchial needle aspiration (TBNA) in each additional lobe during bronchoscopy.',
  '31635': 'Bronchoscopy with removal of a foreign body.',
  '31645': 'Bronchoscopy to suction out mucus or secretions (therapeutic aspiration), initial.',
  '31652':
    'Bronchoscopy with endobronchial ultrasound (EBUS) guided sampling of chest lymph nodes, 1 or 2 lymph node stations.',
  '31653':
    'Bronchoscopy with endobronchial ultrasound (EBUS) guided sampling of chest lymph nodes, 3 or more lymph node stations.',
  '31654':
    'Add-on radial endobronchial ultrasound (EBUS) to find a peripheral lung lesion during bronchoscopy.',
};
