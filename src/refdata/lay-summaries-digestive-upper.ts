// Lay summaries (see lay-summaries.ts): upper GI endoscopy (EGD), ERCP, esophageal dilation and gastrostomy
// tubes. CodeDesk's own words, never the AMA descriptors.
export const DIGESTIVE_UPPER_SUMMARIES: Readonly<Record<string, string>> = {
  '43236': 'Upper GI endoscopy (EGD) with injection of a substance into the lining (submucosal), any agent.',
  '43237':
    'Upper GI endoscopy (EGD) with a limited endoscopic ultrasound (EUS) exam of the esophagus, stomach or duodenum and nearby tissue.',
  '43238':
    'Upper GI endoscopy (EGD) with a limited endoscopic ultrasound (EUS) exam and ultrasound-guided needle sampling (FNA or biopsy).',
  '43259':
    'Upper GI endoscopy (EGD) with a full endoscopic ultrasound (EUS) exam through the duodenum or a bypass limb.',
  '43242':
    'Upper GI endoscopy (EGD) with a full endoscopic ultrasound (EUS) exam through the duodenum and ultrasound-guided needle sampling (FNA or biopsy).',
  '43240':
    'Upper GI endoscopy (EGD) draining a pseudocyst through the stomach or bowel wall, stent included when placed.',
  '43241':
    'Upper GI endoscopy (EGD) with placing a tube or catheter inside the gut, such as a feeding tube past the stomach.',
  '43243': 'Upper GI endoscopy (EGD) with sclerotherapy (injection) of esophageal or gastric varices.',
  '43244': 'Upper GI endoscopy (EGD) with band ligation of esophageal or gastric varices.',
  '43245':
    'Upper GI endoscopy (EGD) with dilation of a narrowing (stricture) of the stomach or duodenum, such as with a balloon.',
  '43246':
    'Upper GI endoscopy (EGD) to place a PEG (percutaneous gastrostomy) feeding tube through the belly wall.',
  '43247': 'Upper GI endoscopy (EGD) with removal of a foreign body, such as a stuck food bolus.',
  '43248':
    'Upper GI endoscopy (EGD) with a guide wire passed and the esophagus dilated over the wire (such as Savary dilators).',
  '43249': 'Upper GI endoscopy (EGD) with balloon dilation of the esophagus, balloon less than 30 mm wide.',
  '43250': 'Upper GI endoscopy (EGD) with removal of polyps or lesions by hot biopsy forceps.',
  '43251': 'Upper GI endoscopy (EGD) with removal of polyps or lesions by snare.',
  '43253':
    'Upper GI endoscopy (EGD) with ultrasound-guided injection through the wall, such as a celiac nerve block or fiducial markers.',
  '43254': 'Upper GI endoscopy (EGD) with endoscopic mucosal resection (EMR).',
  '43255': 'Upper GI endoscopy (EGD) with control of bleeding by any method.',
  '43257':
    'Upper GI endoscopy (EGD) with thermal energy to the lower esophageal sphincter to treat reflux (GERD).',
  '43266': 'Upper GI endoscopy (EGD) with placing a stent, dilation included.',
  '43270':
    'Upper GI endoscopy (EGD) with ablation of tumors, polyps or other lesions, such as for Barrett esophagus.',
  '43450':
    'Dilation of the esophagus with unguided sounds or bougies passed by mouth, no scope, one or more passes.',
  '43762': 'Replacing a gastrostomy (G) tube through the skin without imaging, tract left as it is.',
  '43763': 'Replacing a gastrostomy (G) tube through the skin without imaging, with revision of the tract.',
  '43260':
    'ERCP (endoscopic retrograde cholangiopancreatography) of the bile and pancreatic ducts, diagnostic.',
  '43262': 'ERCP (endoscopic retrograde cholangiopancreatography) with sphincterotomy or papillotomy.',
  '43264':
    'ERCP (endoscopic retrograde cholangiopancreatography) with removal of stones from the bile or pancreatic ducts.',
  '43274':
    'ERCP (endoscopic retrograde cholangiopancreatography) with a stent placed in the bile or pancreatic duct.',
};
