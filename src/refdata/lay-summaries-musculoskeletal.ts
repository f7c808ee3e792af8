// Lay summaries (see lay-summaries.ts): joint, tendon and trigger point injections, fracture and
// dislocation care, casts, splints and strapping. CodeDesk's own words, never the AMA descriptors.
export const MUSCULOSKELETAL_SUMMARIES: Readonly<Record<string, string>> = {
  '20526': 'Injection of a steroid or other drug into the carpal tunnel at the wrist.',
  '20550':
    'Injection into one tendon sheath, ligament or the plantar fascia, such as for trigger finger or plantar fasciitis.',
  '20551':
    'Injection into one tendon where it attaches to bone (origin or insertion), such as for tennis elbow.',
  '20560': 'Dry needling of tight muscle bands with a thin needle and no drug, 1 or 2 muscles.',
  '20561': 'Dry needling of tight muscle bands with a thin needle and no drug, 3 or more muscles.',
  '20604':
    'Needle drainage or injection of a small joint or bursa (such as a finger or toe) done with ultrasound to steer the needle, with images kept and reported.',
  '20606':
    'Needle drainage or injection of an intermediate (mid-sized) joint or bursa (such as a wrist, elbow or ankle) done with ultrasound to steer the needle, with images kept and reported.',
  '20612': 'Needle drainage or injection of a ganglion cyst, any site.',
  '27096': 'Injection into the sacroiliac (SI) joint with imaging guidance (fluoroscopy or CT).',
  '25605': 'Closed treatment of a distal radius fracture at the wrist with manipulation.',
  '25607':
    'Open treatment (ORIF) of a distal radius fracture that does not enter the wrist joint (extra-articular).',
  '25608':
    'Open treatment (ORIF) of a distal radius fracture into the wrist joint (intra-articular), 2 fragments.',
  '25609':
    'Open treatment (ORIF) of a distal radius fracture into the wrist joint (intra-articular), 3 or more fragments.',
  '26600':
    'Closed treatment of a metacarpal (hand bone) fracture without manipulation (no reduction), each bone.',
  '26605': 'Closed treatment of a metacarpal (hand bone) fracture with manipulation, each bone.',
  '28470':
    'Closed treatment of a metatarsal (foot bone) fracture without manipulation (no reduction), each bone.',
  '28475': 'Closed treatment of a metatarsal (foot bone) fracture with manipulation, each bone.',
  '28485': 'Open treatment (ORIF) of a metatarsal (foot bone) fracture, each bone.',
  '28490': 'Closed treatment of a great toe fracture (phalanx) without manipulation (no reduction).',
  '28510':
    'Closed treatment of a fracture of a lesser toe (not the great toe) without manipulation (no reduction), each toe.',
  '27786':
    'Closed treatment of a distal fibula fracture (lateral malleolus of the ankle) without manipulation (no reduction).',
  '27788': 'Closed treatment of a distal fibula fracture (lateral malleolus of the ankle) with manipulation.',
  '27792': 'Open treatment (ORIF) of a distal fibula fracture (lateral malleolus of the ankle).',
  '27808': 'Closed treatment of a bimalleolar ankle fracture without manipulation (no reduction).',
  '27810': 'Closed treatment of a bimalleolar ankle fracture with manipulation.',
  '27814': 'Open treatment (ORIF) of a bimalleolar ankle fracture.',
  '23500': 'Closed treatment of a clavicle (collarbone) fracture without manipulation (no reduction).',
  '23505': 'Closed treatment of a clavicle (collarbone) fracture with manipulation.',
  '23515': 'Open treatment (ORIF) of a clavicle (collarbone) fracture.',
  '23600':
    'Closed treatment of a proximal humerus fracture near the shoulder without manipulation (no reduction).',
  '23605': 'Closed treatment of a proximal humerus fracture near the shoulder with manipulation.',
  '27236':
    'Open treatment of a femoral neck (hip) fracture with internal fixation or a prosthetic replacement (hemiarthroplasty).',
  '27244': 'Treatment of an intertrochanteric or subtrochanteric hip fracture with a plate and screws.',
  '27245':
    'Treatment of an intertrochanteric or subtrochanteric hip fracture with an intramedullary nail (rod).',
  '23650': 'Closed reduction of a shoulder dislocation done without anesthesia.',
  '23655': 'Closed reduction of a shoulder dislocation that needs anesthesia.',
  '24640': 'Closed treatment of a pulled elbow in a child (nursemaid elbow, radial head subluxation).',
  '29085': 'Applying a gauntlet cast from the hand to the lower forearm.',
  '29126': 'Applying a short arm splint from the forearm to the hand, dynamic (with moving parts).',
  '29130': 'Applying a finger splint, static.',
  '29131': 'Applying a finger splint, dynamic.',
  '29345': 'Applying a long leg cast from the thigh to the toes.',
  '29425': 'Applying a short leg walking cast from below the knee to the toes.',
  '29505': 'Applying a long leg splint from the thigh to the ankle or toes.',
  '29240': 'Strapping (taping) of the shoulder.',
  '29260': 'Strapping (taping) of the elbow or wrist.',
  '29280': 'Strapping (taping) of the hand or finger.',
  '29530': 'Strapping (taping) of the knee.',
  '29540': 'Strapping (taping) of the ankle or foot.',
  '29550': 'Strapping (taping) of the toes.',
  '29580': 'Applying an Unna boot (medicated paste wrap) to the lower leg.',
  '29581': 'Applying a multi-layer compression wrap to the leg below the knee, including the ankle and foot.',
};
