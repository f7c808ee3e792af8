// Modifier numbers and letters from the CMS HCPCS modifier file (April 2024) plus CPT Level I numbers.
// Only the two-character codes: enough to tell "32555-59" (a modifier) from "32555-60" (not one).
// prettier-ignore
export const KNOWN_MODIFIERS: ReadonlySet<string> = new Set([
  '1P', '22', '23', '24', '25', '26', '27', '2P', '32', '33', '3P', '47', '50', '51', '52', '53', '54', '55',
  '56', '57', '58', '59', '62', '63', '66', '73', '74', '76', '77', '78', '79', '80', '81', '82', '8P', '90',
  '91', '92', '93', '95', '96', '97', '99', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'AA', 'AB',
  'AD', 'AE', 'AF', 'AG', 'AH', 'AI', 'AJ', 'AK', 'AM', 'AO', 'AP', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AV', 'AW',
  'AX', 'AY', 'AZ', 'BA', 'BL', 'BO', 'BP', 'BR', 'BU', 'CA', 'CB', 'CC', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI',
  'CJ', 'CK', 'CL', 'CM', 'CN', 'CO', 'CP', 'CQ', 'CR', 'CS', 'CT', 'DA', 'E1', 'E2', 'E3', 'E4', 'EA', 'EB',
  'EC', 'ED', 'EE', 'EJ', 'EM', 'EP', 'ER', 'ET', 'EX', 'EY', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8',
  'F9', 'FA', 'FB', 'FC', 'FP', 'FQ', 'FR', 'FS', 'FT', 'FX', 'FY', 'G0', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6',
  'G7', 'G8', 'G9', 'GA', 'GB', 'GC', 'GD', 'GE', 'GF', 'GG', 'GH', 'GJ', 'GK', 'GL', 'GM', 'GN', 'GO', 'GP',
  'GQ', 'GR', 'GS', 'GT', 'GU', 'GV', 'GW', 'GX', 'GY', 'GZ', 'H9', 'HA', 'HB', 'HC', 'HD', 'HE', 'HF', 'HG',
  'HH', 'HI', 'HJ', 'HK', 'HL', 'HM', 'HN', 'HO', 'HP', 'HQ', 'HR', 'HS', 'HT', 'HU', 'HV', 'HW', 'HX', 'HY',
  'HZ', 'J1', 'J2', 'J3', 'J4', 'J5', 'JA', 'JB', 'JC', 'JD', 'JE', 'JF', 'JG', 'JK', 'JL', 'JW', 'JZ', 'K0',
  'K1', 'K2', 'K3', 'K4', 'KA', 'KB', 'KC', 'KD', 'KE', 'KF', 'KG', 'KH', 'KI', 'KJ', 'KK', 'KL', 'KM', 'KN',
  'KO', 'KP', 'KQ', 'KR', 'KS', 'KT', 'KU', 'KV', 'KW', 'KX', 'KY', 'KZ', 'L1', 'LC', 'LD', 'LL', 'LM', 'LR',
  'LS', 'LT', 'LU', 'M2', 'MA', 'MB', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MS', 'N1', 'N2', 'N3', 'NB', 'NR',
  'NU', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'PA', 'PB', 'PC', 'PD', 'PI', 'PL', 'PM', 'PN', 'PO', 'PS', 'PT',
  'Q0', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'QA', 'QB', 'QC', 'QD', 'QE', 'QF', 'QG', 'QH',
  'QJ', 'QK', 'QL', 'QM', 'QN', 'QP', 'QQ', 'QR', 'QS', 'QT', 'QW', 'QX', 'QY', 'QZ', 'RA', 'RB', 'RC', 'RD',
  'RE', 'RI', 'RR', 'RT', 'SA', 'SB', 'SC', 'SD', 'SE', 'SF', 'SG', 'SH', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SQ',
  'SS', 'ST', 'SU', 'SV', 'SW', 'SY', 'SZ', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'TA', 'TB',
  'TC', 'TD', 'TE', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TP', 'TQ', 'TR', 'TS', 'TT', 'TU', 'TV',
  'TW', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'UA', 'UB', 'UC', 'UD', 'UE', 'UF', 'UG', 'UH',
  'UJ', 'UK', 'UN', 'UP', 'UQ', 'UR', 'US', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8', 'V9', 'VM', 'VP',
  'X1', 'X2', 'X3', 'X4', 'X5', 'XE', 'XP', 'XS', 'XU', 'ZA', 'ZB', 'ZC',
]);

/** Letter modifiers distinctive enough to count as modifiers even without the word "modifier" nearby. */
// prettier-ignore
export const DISTINCTIVE_MODIFIERS: ReadonlySet<string> = new Set([
  'XS', 'XE', 'XP', 'XU', 'RT', 'LT', 'TC', 'GA', 'GY', 'GZ', 'GX', 'KX', 'JW', 'JZ', 'LC', 'LD', 'LM', 'RC', 'QW',
  'GT', 'GQ', 'FA', 'TA', 'GC', 'Q0', 'E1', 'E2', 'E3', 'E4', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9',
]);

/** Two-digit modifiers common enough to be read as a modifier in phrases like "a 25 on the E/M". */
// prettier-ignore
export const COMMON_NUMERIC_MODIFIERS: ReadonlySet<string> = new Set([
  '22', '24', '25', '26', '27', '33', '50', '51', '52', '53', '54', '55', '57', '58', '59', '62', '73', '74', '76',
  '77', '78', '79', '80', '82', '91', '95',
]);
