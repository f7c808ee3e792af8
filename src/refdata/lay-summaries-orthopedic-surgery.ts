// Lay summaries (see lay-summaries.ts): shoulder and knee arthroscopy and common open orthopedic and hand
// and foot operations. CodeDesk's own words, never the AMA descriptors.
export const ORTHOPEDIC_SURGERY_SUMMARIES: Readonly<Record<string, string>> = {
  '29805': 'Shoulder arthroscopy (scope) to diagnose, which may include a biopsy of the joint lining.',
  '29806':
    'Shoulder arthroscopy with capsule repair for instability (capsulorrhaphy, such as a Bankart repair).',
  '29807': 'Shoulder arthroscopy with repair of a SLAP tear of the labrum.',
  '29822': 'Shoulder arthroscopy with limited debridement, 1 or 2 structures.',
  '29823': 'Shoulder arthroscopy with extensive debridement, 3 or more structures.',
  '29824':
    'Shoulder arthroscopy with removal of the outer end of the clavicle (distal claviculectomy, Mumford).',
  '29825': 'Shoulder arthroscopy with lysis of adhesions, manipulation included when done.',
  '29826':
    'Add-on shoulder arthroscopy decompression of the subacromial space with shaving of the acromion (acromioplasty).',
  '29827': 'Shoulder arthroscopy with rotator cuff repair.',
  '29828': 'Shoulder arthroscopy with biceps tenodesis.',
  '29848': 'Endoscopic carpal tunnel release at the wrist.',
  '29870': 'Knee arthroscopy (scope) to diagnose, which may include a biopsy of the joint lining.',
  '29873': 'Knee arthroscopy with lateral release of the kneecap (patellar retinaculum).',
  '29874': 'Knee arthroscopy to take out a loose body or foreign body.',
  '29875': 'Knee arthroscopy with limited synovectomy (removal of joint lining), such as a plica excision.',
  '29876': 'Knee arthroscopy with major synovectomy (removal of joint lining) in two or more compartments.',
  '29877': 'Knee arthroscopy with chondroplasty (shaving or debridement of joint cartilage).',
  '29879': 'Knee arthroscopy with abrasion arthroplasty, drilling or microfracture of cartilage.',
  '29880':
    'Knee arthroscopy (scope) with removal of torn meniscus cartilage (meniscectomy) from both the medial and lateral menisci, with shaving.',
  '29882': 'Knee arthroscopy with meniscus repair, medial or lateral.',
  '29883': 'Knee arthroscopy with meniscus repair, both medial and lateral.',
  '29884': 'Knee arthroscopy with lysis of adhesions, manipulation included when done.',
  '29888': 'Arthroscopy-aided anterior cruciate ligament (ACL) repair or reconstruction of the knee.',
  '23410': 'Open repair of an acute rotator cuff tear of the shoulder.',
  '23412': 'Open repair of a chronic rotator cuff tear of the shoulder.',
  '23430': 'Open biceps tenodesis at the shoulder.',
  '23472': 'Total shoulder replacement (shoulder arthroplasty).',
  '25000': 'Release of the first dorsal tendon compartment at the wrist for de Quervain tendinitis.',
  '25111': 'Excision of a ganglion cyst of the wrist, initial (first) excision.',
  '25112': 'Excision of a ganglion cyst of the wrist that has come back (recurrent).',
  '26160':
    'Excision of a lesion (such as a ganglion cyst) of a tendon sheath or joint capsule of the hand or finger.',
  '28285': 'Hammertoe correction, for example by fusing a toe joint or removing part of a toe bone.',
  '28296':
    'Bunion (hallux valgus) correction with a cut and shift of the far end of the first metatarsal (such as a chevron osteotomy).',
  '64718': 'Release or transposition of the ulnar nerve at the elbow (cubital tunnel surgery).',
};
