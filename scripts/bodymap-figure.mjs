// Generates src/bodymap/figure.json: the body-map figure (front and back view)
// drawn for this project from simple human proportions, and checks it.
//   node scripts/bodymap-figure.mjs            regenerate and check (exit 1 on any failed check)
//   node scripts/bodymap-figure.mjs --check    check the existing file against a fresh build, write nothing
//
// How the figure is built
// - Only the viewer's-left half of each view is drawn (x <= 150); the other half
//   is its mirror image x -> 300 - x. In the front view the viewer's left is the
//   patient's RIGHT, in the back view it is the patient's LEFT.
// - The half is a planar map made of chains: the outer contour (shared by both
//   views), the midline, and the cut lines between regions. A chain is a list of
//   knots smoothed with a Catmull-Rom spline and rounded to integers once; a
//   region is a closed loop of pieces of chains. Neighbouring regions therefore
//   share their common edge vertex for vertex, so they tile the silhouette
//   exactly; the checks below verify that independently by rasterising.
// - Only Node built-ins are used.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const W = 300;
const H = 700;
const MID = W / 2;
const MARGIN = 6;
const MIN_SQUARE = 26;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'bodymap', 'figure.json');
const LICENCE = "Drawn for this project; released under the project's licence (MIT OR Apache-2.0).";

// ---------------------------------------------------------------------------
// Knots and chains

const named = new Map(); // knot name -> [x, y]
const chains = new Map(); // chain name -> { pts: [[x, y]], at: Map(name -> index) }

const mirror = ([x, y]) => [2 * MID - x, y];
const same = (a, b) => a[0] === b[0] && a[1] === b[1];

// A knot is [x, y], [x, y, 'NAME'], [x, y, 'NAME', step] (a finer sampling
// step for the curve that leaves it) or a string 'NAME' naming a knot defined
// before. A name may end in '!' (a corner: the spline does not pass smoothly
// through it) or '~' (an end on the midline whose curve continues as its own
// mirror image, so it meets the midline at a right angle).
function parseKnot(k) {
  let x;
  let y;
  let tag = '';
  let step;
  if (typeof k === 'string') {
    tag = k;
  } else {
    [x, y, tag = '', step] = k;
  }
  const corner = tag.endsWith('!');
  const sym = tag.endsWith('~');
  const name = tag.replace(/[!~]$/, '');
  if (typeof k === 'string') {
    if (!named.has(name)) throw new Error(`knot ${name} used before it is defined`);
    [x, y] = named.get(name);
  } else if (name) {
    if (!Number.isInteger(x) || !Number.isInteger(y)) throw new Error(`knot ${name} is not on the integer grid`);
    const had = named.get(name);
    if (had && !same(had, [x, y])) throw new Error(`knot ${name} defined twice at different places`);
    named.set(name, [x, y]);
  }
  return { p: [x, y], name, corner, sym, step };
}

function catmullRom(p0, p1, p2, p3, t) {
  const t2 = t * t;
  const t3 = t2 * t;
  return [0, 1].map((i) => 0.5 * (2 * p1[i] + (-p0[i] + p2[i]) * t
    + (2 * p0[i] - 5 * p1[i] + 4 * p2[i] - p3[i]) * t2
    + (-p0[i] + 3 * p1[i] - 3 * p2[i] + p3[i]) * t3));
}

// Defines a chain through its knots. Between corners the knots are joined by a
// Catmull-Rom spline sampled about every `step` units; a chain with smooth=false
// is a plain polyline through its knots.
function chain(name, knots, { step = 7, smooth = true } = {}) {
  const ks = knots.map(parseKnot);
  const phantom = (i, dir) => {
    const k = ks[i];
    const n = ks[i + dir];
    if (k.sym) return mirror(n.p);
    return [2 * k.p[0] - n.p[0], 2 * k.p[1] - n.p[1]];
  };
  const pts = [ks[0].p];
  const at = new Map();
  if (ks[0].name) at.set(ks[0].name, 0);
  for (let i = 0; i + 1 < ks.length; i++) {
    const a = ks[i].p;
    const b = ks[i + 1].p;
    if (smooth) {
      const p0 = i === 0 || ks[i].corner ? phantom(i, 1) : ks[i - 1].p;
      const p3 = i + 2 === ks.length || ks[i + 1].corner ? phantom(i + 1, -1) : ks[i + 2].p;
      const n = Math.max(1, Math.round(Math.hypot(b[0] - a[0], b[1] - a[1]) / (ks[i].step ?? step)));
      for (let s = 1; s < n; s++) {
        const q = catmullRom(p0, a, b, p3, s / n).map(Math.round);
        if (!same(q, pts[pts.length - 1])) pts.push(q);
      }
    }
    if (!same(b, pts[pts.length - 1])) pts.push(b);
    if (ks[i + 1].name) at.set(ks[i + 1].name, pts.length - 1);
  }
  // drop samples that lie on the straight line between their neighbours
  const keep = pts.map((q, i) => {
    if (i === 0 || i === pts.length - 1 || [...at.values()].includes(i)) return true;
    const [a, b] = [pts[i - 1], pts[i + 1]];
    const cross = (q[0] - a[0]) * (b[1] - a[1]) - (q[1] - a[1]) * (b[0] - a[0]);
    const dot = (q[0] - a[0]) * (b[0] - q[0]) + (q[1] - a[1]) * (b[1] - q[1]);
    return cross !== 0 || dot <= 0;
  });
  const index = [];
  const kept = [];
  pts.forEach((q, i) => { index[i] = kept.length; if (keep[i]) kept.push(q); });
  for (const [k, i] of at) at.set(k, index[i]);
  chains.set(name, { pts: kept, at });
  return kept;
}

// The piece of a chain between two of its named knots, in the order asked.
function seg(chainName, from, to) {
  const c = chains.get(chainName);
  if (!c) throw new Error(`no chain ${chainName}`);
  const i = c.at.get(from);
  const j = c.at.get(to);
  if (i === undefined || j === undefined) throw new Error(`chain ${chainName} has no knot ${i === undefined ? from : to}`);
  return i <= j ? c.pts.slice(i, j + 1) : c.pts.slice(j, i + 1).reverse();
}

// A closed loop of chain pieces, each starting where the previous one ended.
function loop(...pieces) {
  const out = [];
  for (const piece of pieces) {
    if (out.length && !same(out[out.length - 1], piece[0])) {
      throw new Error(`loop pieces do not join: ${out[out.length - 1]} then ${piece[0]}`);
    }
    for (const q of piece) if (!out.length || !same(out[out.length - 1], q)) out.push(q);
  }
  if (!same(out[0], out[out.length - 1])) throw new Error(`loop does not close: ${out[0]} .. ${out[out.length - 1]}`);
  out.pop();
  return out;
}

// ---------------------------------------------------------------------------
// The drawing: the viewer's-left half (x <= 150), top to bottom.

// Outer contour, from the top of the head round the outside of the arm and the
// hand, down the side of the trunk and the outside of the leg, round the foot
// and up the inside of the leg to the crotch.
chain('contour', [
  [150, 10, 'TOP~'],
  // head: cranium, brow, ear, jaw
  [132, 12], [117, 19], [108, 30], [105, 42], [104, 52, 'BROW'],
  [105, 55, 'EAR_T!'], [101, 56], [98, 61], [97, 69], [98, 77], [101, 83], [105, 86, 'EAR_B!'],
  [108, 94], [113, 100], [120, 104, 'NECKJAW!'],
  // neck
  [121, 118], [118, 135, 'NECK_BASE!'],
  // shoulder
  [104, 141], [86, 146], [72, 152], [63, 161], [58, 174],
  // outside of the arm
  [56, 188, 'SH_OUT'], [51, 215], [45, 252, 'EL_OUT_T'], [40, 284, 'EL_OUT_B'], [36, 312],
  [33, 340, 'WR_OUT_T'], [31, 370, 'WR_OUT_B!'],
  // hand, palm forward: the thumb to the outside, then four fingers (the
  // clefts between the fingers are straight-sided notches)
  [28, 377], [23, 386], [19, 396], [15, 406, '', 2], [15, 413, '', 2], [19, 418, '', 2], [24, 417, '', 2], [27, 411],
  [29, 404, 'THUMB_WEB!'],
  [28, 426, '', 2], [30, 434, '', 2], [33, 437, '', 2], [36, 434, '', 99], [37, 429, '!', 99],
  [38, 437, '', 2], [42, 442, '', 2], [46, 438, '', 99], [47, 431, '!', 99],
  [48, 436, '', 2], [52, 440, '', 2], [55, 436, '', 99], [56, 428, '!', 99],
  [57, 432, '', 2], [60, 434, '', 2], [63, 430], [65, 415], [65, 392],
  [64, 370, 'WR_IN_B!'],
  // inside of the arm
  [67, 340, 'WR_IN_T'], [71, 312], [76, 284, 'EL_IN_B'], [81, 252, 'EL_IN_T'], [86, 222],
  [94, 194, 'ARMPIT!'],
  // side of the trunk
  [97, 212], [98, 224, 'SCAP_SIDE'], [99, 242], [100, 258, 'RIB_SIDE'], [101, 276], [100, 292],
  [96, 306, 'PELVIS_SIDE'], [91, 322], [88, 338], [88, 352], [89, 362, 'HIP_LOW'],
  // outside of the leg
  [90, 372, 'HIP_BACK_LOW'], [91, 384], [93, 398, 'GLUTEAL_SIDE'], [96, 430], [99, 462], [101, 484, 'KN_OUT_T'], [103, 504],
  [102, 524, 'KN_OUT_B'], [100, 550], [100, 576], [104, 604], [109, 630, 'AN_OUT_T'], [110, 662, 'AN_OUT_B!'],
  // foot, turned slightly out
  [105, 668], [100, 676], [98, 684], [101, 690], [110, 692], [124, 692], [138, 692], [144, 689], [146, 682], [143, 671],
  [139, 662, 'AN_IN_B!'],
  // inside of the leg
  [139, 630, 'AN_IN_T'], [140, 606], [143, 580], [143, 552], [141, 524, 'KN_IN_B'], [140, 504],
  [140, 484, 'KN_IN_T'], [142, 452], [144, 420], [147, 394], [150, 376, 'CROTCH!'],
]);

// Midline knots (x = 150).
const midKnots = {
  front: ['TOP', [150, 52, 'MID_BROW'], [150, 109, 'CHIN'], [150, 141, 'STERNUM_TOP'], [150, 236, 'XIPHOID'],
    [150, 314, 'PUBIS_TOP'], 'CROTCH'],
  back: ['TOP', 'MID_BROW', [150, 106, 'NAPE'], 'STERNUM_TOP', [150, 224, 'SCAP_MID'], [150, 264, 'RIB_MID'],
    [150, 312, 'SACRUM_TOP'], 'CROTCH'],
};
chain('mid_front', midKnots.front, { smooth: false });
chain('mid_back', midKnots.back, { smooth: false });

// Cut lines shared by both views.
chain('brow', ['BROW', 'MID_BROW'], { smooth: false });
chain('neck_base', ['NECK_BASE', [134, 139], 'STERNUM_TOP~']);
chain('arm_top', ['SH_OUT', 'ARMPIT'], { smooth: false });
chain('elbow_top', ['EL_OUT_T', 'EL_IN_T'], { smooth: false });
chain('elbow_bottom', ['EL_OUT_B', 'EL_IN_B'], { smooth: false });
chain('wrist_top', ['WR_OUT_T', 'WR_IN_T'], { smooth: false });
chain('wrist_bottom', ['WR_OUT_B', 'WR_IN_B'], { smooth: false });
chain('knee_top', ['KN_OUT_T', 'KN_IN_T'], { smooth: false });
chain('knee_bottom', ['KN_OUT_B', 'KN_IN_B'], { smooth: false });
chain('ankle_top', ['AN_OUT_T', 'AN_IN_T'], { smooth: false });
chain('ankle_bottom', ['AN_OUT_B', 'AN_IN_B'], { smooth: false });

// Front-only cut lines.
chain('jaw', ['NECKJAW', [135, 107], 'CHIN~']);
chain('deltopectoral', ['ARMPIT', [103, 168], 'NECK_BASE']);
chain('costal_margin', ['RIB_SIDE', [114, 254], [130, 246], 'XIPHOID']);
chain('iliac_front', ['PELVIS_SIDE', [120, 310, 'HIP_GROIN'], 'PUBIS_TOP'], { smooth: false });
chain('hip_groin', ['HIP_GROIN', [120, 368, 'HIP_GROIN_LOW']], { smooth: false });
chain('inguinal', ['HIP_LOW', 'HIP_GROIN_LOW', 'CROTCH'], { smooth: false });

// Back-only cut lines.
chain('hairline', ['NECKJAW', [135, 105], 'NAPE~']);
chain('scapula_medial', ['NECK_BASE', [120, 160], [121, 195], [121, 224, 'SCAP_LOW']]);
chain('scapula_low', ['SCAP_SIDE', 'SCAP_LOW', 'SCAP_MID'], { smooth: false });
chain('lowest_rib', ['RIB_SIDE', 'RIB_MID'], { smooth: false });
chain('iliac_back', ['PELVIS_SIDE', [124, 309, 'HIP_BUTTOCK'], 'SACRUM_TOP'], { smooth: false });
chain('hip_buttock', ['HIP_BUTTOCK!', [124, 330], [121, 347], [112, 360], [100, 368], 'HIP_BACK_LOW']);
chain('gluteal_fold', ['GLUTEAL_SIDE', [110, 403], [128, 402], [142, 394], 'CROTCH']);

// Limb regions common to both views.
const o = (a, b) => seg('contour', a, b);
const limbs = {
  upper_arm: () => loop(o('SH_OUT', 'EL_OUT_T'), seg('elbow_top', 'EL_OUT_T', 'EL_IN_T'), o('EL_IN_T', 'ARMPIT'), seg('arm_top', 'ARMPIT', 'SH_OUT')),
  elbow: () => loop(o('EL_OUT_T', 'EL_OUT_B'), seg('elbow_bottom', 'EL_OUT_B', 'EL_IN_B'), o('EL_IN_B', 'EL_IN_T'), seg('elbow_top', 'EL_IN_T', 'EL_OUT_T')),
  forearm: () => loop(o('EL_OUT_B', 'WR_OUT_T'), seg('wrist_top', 'WR_OUT_T', 'WR_IN_T'), o('WR_IN_T', 'EL_IN_B'), seg('elbow_bottom', 'EL_IN_B', 'EL_OUT_B')),
  wrist: () => loop(o('WR_OUT_T', 'WR_OUT_B'), seg('wrist_bottom', 'WR_OUT_B', 'WR_IN_B'), o('WR_IN_B', 'WR_IN_T'), seg('wrist_top', 'WR_IN_T', 'WR_OUT_T')),
  hand: () => loop(o('WR_OUT_B', 'WR_IN_B'), seg('wrist_bottom', 'WR_IN_B', 'WR_OUT_B')),
  knee: () => loop(o('KN_OUT_T', 'KN_OUT_B'), seg('knee_bottom', 'KN_OUT_B', 'KN_IN_B'), o('KN_IN_B', 'KN_IN_T'), seg('knee_top', 'KN_IN_T', 'KN_OUT_T')),
  lower_leg: () => loop(o('KN_OUT_B', 'AN_OUT_T'), seg('ankle_top', 'AN_OUT_T', 'AN_IN_T'), o('AN_IN_T', 'KN_IN_B'), seg('knee_bottom', 'KN_IN_B', 'KN_OUT_B')),
  ankle: () => loop(o('AN_OUT_T', 'AN_OUT_B'), seg('ankle_bottom', 'AN_OUT_B', 'AN_IN_B'), o('AN_IN_B', 'AN_IN_T'), seg('ankle_top', 'AN_IN_T', 'AN_OUT_T')),
  foot: () => loop(o('AN_OUT_B', 'AN_IN_B'), seg('ankle_bottom', 'AN_IN_B', 'AN_OUT_B')),
  cranium: (mid) => loop(o('TOP', 'BROW'), seg('brow', 'BROW', 'MID_BROW'), seg(mid, 'MID_BROW', 'TOP')),
};

const F = 'mid_front';
const B = 'mid_back';
const VIEWS = {
  front: {
    // the viewer's-left half is the patient's right
    drawnSide: 'right',
    parts: {
      cranium: () => limbs.cranium(F),
      face: () => loop(o('BROW', 'NECKJAW'), seg('jaw', 'NECKJAW', 'CHIN'), seg(F, 'CHIN', 'MID_BROW'), seg('brow', 'MID_BROW', 'BROW')),
      neck: () => loop(o('NECKJAW', 'NECK_BASE'), seg('neck_base', 'NECK_BASE', 'STERNUM_TOP'), seg(F, 'STERNUM_TOP', 'CHIN'), seg('jaw', 'CHIN', 'NECKJAW')),
      shoulder: () => loop(o('NECK_BASE', 'SH_OUT'), seg('arm_top', 'SH_OUT', 'ARMPIT'), seg('deltopectoral', 'ARMPIT', 'NECK_BASE')),
      chest: () => loop(seg('deltopectoral', 'NECK_BASE', 'ARMPIT'), o('ARMPIT', 'RIB_SIDE'), seg('costal_margin', 'RIB_SIDE', 'XIPHOID'),
        seg(F, 'XIPHOID', 'STERNUM_TOP'), seg('neck_base', 'STERNUM_TOP', 'NECK_BASE')),
      upper_arm: limbs.upper_arm,
      elbow: limbs.elbow,
      forearm: limbs.forearm,
      abdomen: () => loop(o('RIB_SIDE', 'PELVIS_SIDE'), seg('iliac_front', 'PELVIS_SIDE', 'PUBIS_TOP'), seg(F, 'PUBIS_TOP', 'XIPHOID'),
        seg('costal_margin', 'XIPHOID', 'RIB_SIDE')),
      wrist: limbs.wrist,
      hip: () => loop(o('PELVIS_SIDE', 'HIP_LOW'), seg('inguinal', 'HIP_LOW', 'HIP_GROIN_LOW'), seg('hip_groin', 'HIP_GROIN_LOW', 'HIP_GROIN'),
        seg('iliac_front', 'HIP_GROIN', 'PELVIS_SIDE')),
      groin: () => loop(seg('hip_groin', 'HIP_GROIN', 'HIP_GROIN_LOW'), seg('inguinal', 'HIP_GROIN_LOW', 'CROTCH'), seg(F, 'CROTCH', 'PUBIS_TOP'),
        seg('iliac_front', 'PUBIS_TOP', 'HIP_GROIN')),
      palm: limbs.hand,
      upper_leg: () => loop(o('HIP_LOW', 'KN_OUT_T'), seg('knee_top', 'KN_OUT_T', 'KN_IN_T'), o('KN_IN_T', 'CROTCH'),
        seg('inguinal', 'CROTCH', 'HIP_LOW')),
      knee: limbs.knee,
      lower_leg: limbs.lower_leg,
      ankle: limbs.ankle,
      foot: limbs.foot,
    },
  },
  back: {
    // seen from behind, the viewer's-left half is the patient's left
    drawnSide: 'left',
    parts: {
      cranium: () => limbs.cranium(B),
      back_of_head: () => loop(o('BROW', 'NECKJAW'), seg('hairline', 'NECKJAW', 'NAPE'), seg(B, 'NAPE', 'MID_BROW'), seg('brow', 'MID_BROW', 'BROW')),
      neck: () => loop(o('NECKJAW', 'NECK_BASE'), seg('neck_base', 'NECK_BASE', 'STERNUM_TOP'), seg(B, 'STERNUM_TOP', 'NAPE'), seg('hairline', 'NAPE', 'NECKJAW')),
      shoulder: () => loop(o('NECK_BASE', 'SH_OUT'), seg('arm_top', 'SH_OUT', 'ARMPIT'), o('ARMPIT', 'SCAP_SIDE'), seg('scapula_low', 'SCAP_SIDE', 'SCAP_LOW'),
        seg('scapula_medial', 'SCAP_LOW', 'NECK_BASE')),
      upper_back: () => loop(seg('scapula_medial', 'NECK_BASE', 'SCAP_LOW'), seg('scapula_low', 'SCAP_LOW', 'SCAP_MID'), seg(B, 'SCAP_MID', 'STERNUM_TOP'),
        seg('neck_base', 'STERNUM_TOP', 'NECK_BASE')),
      upper_arm: limbs.upper_arm,
      middle_back: () => loop(o('SCAP_SIDE', 'RIB_SIDE'), seg('lowest_rib', 'RIB_SIDE', 'RIB_MID'), seg(B, 'RIB_MID', 'SCAP_MID'), seg('scapula_low', 'SCAP_MID', 'SCAP_SIDE')),
      elbow: limbs.elbow,
      forearm: limbs.forearm,
      lower_back: () => loop(o('RIB_SIDE', 'PELVIS_SIDE'), seg('iliac_back', 'PELVIS_SIDE', 'SACRUM_TOP'), seg(B, 'SACRUM_TOP', 'RIB_MID'), seg('lowest_rib', 'RIB_MID', 'RIB_SIDE')),
      wrist: limbs.wrist,
      hip: () => loop(o('PELVIS_SIDE', 'HIP_BACK_LOW'), seg('hip_buttock', 'HIP_BACK_LOW', 'HIP_BUTTOCK'), seg('iliac_back', 'HIP_BUTTOCK', 'PELVIS_SIDE')),
      buttock: () => loop(seg('hip_buttock', 'HIP_BUTTOCK', 'HIP_BACK_LOW'), o('HIP_BACK_LOW', 'GLUTEAL_SIDE'),
        seg('gluteal_fold', 'GLUTEAL_SIDE', 'CROTCH'), seg(B, 'CROTCH', 'SACRUM_TOP'), seg('iliac_back', 'SACRUM_TOP', 'HIP_BUTTOCK')),
      hand: limbs.hand,
      upper_leg: () => loop(o('GLUTEAL_SIDE', 'KN_OUT_T'), seg('knee_top', 'KN_OUT_T', 'KN_IN_T'), o('KN_IN_T', 'CROTCH'), seg('gluteal_fold', 'CROTCH', 'GLUTEAL_SIDE')),
      knee: limbs.knee,
      lower_leg: limbs.lower_leg,
      ankle: limbs.ankle,
      sole: limbs.foot,
    },
  },
};

// The ids the widget expects, in this order (right before left in each pair).
const EXPECTED = {
  front: ['cranium', 'face', 'neck', 'shoulder', 'chest', 'upper_arm', 'elbow', 'forearm', 'abdomen', 'wrist', 'hip', 'groin',
    'palm', 'upper_leg', 'knee', 'lower_leg', 'ankle', 'foot'],
  back: ['cranium', 'back_of_head', 'neck', 'shoulder', 'upper_back', 'upper_arm', 'middle_back', 'elbow', 'forearm', 'lower_back',
    'wrist', 'hip', 'buttock', 'hand', 'upper_leg', 'knee', 'lower_leg', 'ankle', 'sole'],
};

// ---------------------------------------------------------------------------
// Polygon arithmetic

const signedArea2 = (poly) => {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x1, y1] = poly[i];
    const [x2, y2] = poly[(i + 1) % poly.length];
    s += x1 * y2 - x2 * y1;
  }
  return s; // twice the signed area; > 0 is clockwise on screen (y down)
};
const area = (poly) => Math.abs(signedArea2(poly)) / 2;
// Clockwise on screen, starting at the top-left-most vertex.
const clockwise = (poly) => {
  const p = signedArea2(poly) < 0 ? poly.slice().reverse() : poly.slice();
  let s = 0;
  p.forEach((q, i) => { if (q[1] < p[s][1] || (q[1] === p[s][1] && q[0] < p[s][0])) s = i; });
  return [...p.slice(s), ...p.slice(0, s)];
};
const toPath = (poly) => `M ${poly.map(([x, y]) => `${x} ${y}`).join(' L ')} Z`;

// Polygons of an SVG path written as absolute "M x y L x y ... Z" with integers.
function parsePath(d) {
  if (!/^(M -?\d+ -?\d+( L -?\d+ -?\d+)+ Z ?)+$/.test(d.trim())) {
    throw new Error(`path is not absolute M/L/Z polygons with integers: ${d.slice(0, 40)}...`);
  }
  return d.trim().split('Z').filter((s) => s.trim()).map((s) => {
    const n = s.replace(/[ML]/g, ' ').trim().split(/\s+/).map(Number);
    const poly = [];
    for (let i = 0; i < n.length; i += 2) poly.push([n[i], n[i + 1]]);
    return poly;
  });
}

const orient = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
const onSeg = (a, b, p) => Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
function segmentsTouch(a, b, c, d) {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4 && o1 * o2 <= 0 && o3 * o4 <= 0 && !(o1 === 0 && o2 === 0)) return true;
  if (o1 === 0 && onSeg(a, b, c)) return true;
  if (o2 === 0 && onSeg(a, b, d)) return true;
  if (o3 === 0 && onSeg(c, d, a)) return true;
  if (o4 === 0 && onSeg(c, d, b)) return true;
  return false;
}

// Problems that make a polygon not simple.
function simplicityProblems(poly) {
  const n = poly.length;
  const out = [];
  if (n < 3) return ['fewer than 3 vertices'];
  const seen = new Set();
  for (const p of poly) {
    const k = p.join(',');
    if (seen.has(k)) out.push(`repeated vertex ${k}`);
    seen.add(k);
  }
  for (let i = 0; i < n; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % n];
    const c = poly[(i + 2) % n];
    // consecutive edges must not fold back onto each other
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    const dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]);
    if (cross === 0 && dot < 0) out.push(`edge folds back at ${b}`);
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // adjacent through the closing edge
      if (segmentsTouch(a, b, poly[j], poly[(j + 1) % n])) out.push(`edges ${a}-${b} and ${poly[j]}-${poly[(j + 1) % n]} meet`);
    }
  }
  return out;
}

// Pixel centres (x + .5, y + .5) inside the polygons (even-odd rule). An edge
// is always evaluated with its endpoints in the same order, and spans are
// half-open, so two polygons sharing an edge never both take a pixel on it.
function rasterise(polys) {
  const bmp = new Uint8Array(W * H);
  const edges = [];
  for (const poly of polys) {
    for (let i = 0; i < poly.length; i++) {
      let a = poly[i];
      let b = poly[(i + 1) % poly.length];
      if (a[1] === b[1]) continue;
      if (a[1] > b[1] || (a[1] === b[1] && a[0] > b[0])) [a, b] = [b, a];
      edges.push([a, b]);
    }
  }
  for (let row = 0; row < H; row++) {
    const yc = row + 0.5;
    const xs = [];
    for (const [a, b] of edges) {
      if (a[1] <= yc && yc < b[1]) xs.push(a[0] + ((yc - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
    }
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, Math.ceil(xs[k] - 0.5));
      const to = Math.min(W, Math.ceil(xs[k + 1] - 0.5));
      for (let col = from; col < to; col++) bmp[row * W + col] = 1;
    }
  }
  return bmp;
}

// Largest axis-aligned square of set pixels, and the candidate position
// nearest to `near` (the region's centroid).
function largestSquare(bmp, near) {
  const dp = new Uint16Array(W * H);
  let best = 0;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = y * W + x;
      if (!bmp[i]) continue;
      dp[i] = x && y ? 1 + Math.min(dp[i - 1], dp[i - W], dp[i - W - 1]) : 1;
      if (dp[i] > best) best = dp[i];
    }
  }
  let centre = null;
  let bestD = Infinity;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (dp[y * W + x] < best) continue;
      const c = [x + 1 - best / 2, y + 1 - best / 2];
      const d = Math.hypot(c[0] - near[0], c[1] - near[1]);
      if (d < bestD) { bestD = d; centre = c; }
    }
  }
  return { size: best, centre: centre.map(Math.round) };
}

function centroid(poly) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x1, y1] = poly[i];
    const [x2, y2] = poly[(i + 1) % poly.length];
    const f = x1 * y2 - x2 * y1;
    a += f;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return [cx / (3 * a), cy / (3 * a)];
}

// ---------------------------------------------------------------------------
// Build

function build() {
  const views = {};
  for (const [view, def] of Object.entries(VIEWS)) {
    const drawn = def.drawnSide;
    const other = drawn === 'right' ? 'left' : 'right';
    const regions = [];
    for (const [part, make] of Object.entries(def.parts)) {
      const half = clockwise(make());
      // label point: the centre of the largest inscribed square, mirrored
      // for the other side so that the pair stays symmetric
      const { centre } = largestSquare(rasterise([half]), centroid(half));
      const polys = { [drawn]: [half, centre], [other]: [clockwise(half.map(mirror)), mirror(centre)] };
      for (const side of ['right', 'left']) {
        const [poly, c] = polys[side];
        regions.push({ id: `${side}_${part}_${view}`, poly, centre: c });
      }
    }
    const halfContour = chains.get('contour').pts;
    const outline = clockwise([...halfContour, ...halfContour.slice(1, -1).reverse().map(mirror)]);
    views[view] = { regions, outline };
  }
  return views;
}

function toJson(views) {
  const doc = { licence: LICENCE, views: {} };
  for (const [view, { regions, outline }] of Object.entries(views)) {
    const out = regions.map(({ id, poly, centre }) => ({ id, path: toPath(poly), area: area(poly), centre }));
    doc.views[view] = {
      viewBox: `0 0 ${W} ${H}`,
      totalArea: out.reduce((s, r) => s + r.area, 0),
      outline: toPath(outline),
      regions: out,
    };
  }
  return `${JSON.stringify(doc, null, 2).replace(/\[\n\s+(-?[\d.]+),\n\s+(-?[\d.]+)\n\s+\]/g, '[$1, $2]')}\n`;
}

// ---------------------------------------------------------------------------
// Checks, run on the JSON text itself (what the widget will read).

function check(text) {
  const fails = [];
  const fail = (m) => fails.push(m);
  const report = [];
  const doc = JSON.parse(text);
  if (doc.licence !== LICENCE) fail('licence text differs');
  if (Object.keys(doc.views).join() !== 'front,back') fail('views must be exactly front, back');
  let smallest = null;
  let tightest = null;
  for (const view of ['front', 'back']) {
    const v = doc.views[view];
    if (!v) { fail(`missing view ${view}`); continue; }
    if (v.viewBox !== `0 0 ${W} ${H}`) fail(`${view}: viewBox ${v.viewBox}`);
    // 1. exactly the expected ids, in order
    const want = EXPECTED[view].flatMap((p) => [`right_${p}_${view}`, `left_${p}_${view}`]);
    const got = v.regions.map((r) => r.id);
    if (got.join() !== want.join()) fail(`${view}: ids differ from the expected ${want.length}: got ${got.length}`);
    // 2. one simple integer polygon per region, inside the margin
    const polys = new Map();
    for (const r of v.regions) {
      if (!/^M -?\d+ -?\d+( L -?\d+ -?\d+)+ Z$/.test(r.path)) fail(`${r.id}: path is not a single absolute M/L/Z integer polygon`);
      let ps;
      try { ps = parsePath(r.path); } catch (e) { fail(`${r.id}: ${e.message}`); continue; }
      if (ps.length !== 1) { fail(`${r.id}: ${ps.length} polygons`); continue; }
      const poly = ps[0];
      for (const p of simplicityProblems(poly)) fail(`${r.id}: not simple: ${p}`);
      for (const [x, y] of poly) {
        if (x < MARGIN || x > W - MARGIN || y < MARGIN || y > H - MARGIN) fail(`${r.id}: vertex ${x},${y} inside the ${MARGIN}-unit margin`);
      }
      // 6. recorded area
      if (r.area !== area(poly)) fail(`${r.id}: area ${r.area} but shoelace gives ${area(poly)}`);
      polys.set(r.id, poly);
    }
    const outline = parsePath(v.outline);
    for (const [i, poly] of outline.entries()) for (const p of simplicityProblems(poly)) fail(`${view} outline ${i}: not simple: ${p}`);
    const outlineArea = outline.reduce((s, p) => s + area(p), 0);
    const sum = v.regions.reduce((s, r) => s + r.area, 0);
    if (v.totalArea !== sum) fail(`${view}: totalArea ${v.totalArea} but the regions add up to ${sum}`);
    if (sum !== outlineArea) fail(`${view}: regions add up to ${sum} but the outline encloses ${outlineArea}`);
    // 3. no overlaps, no gaps (rasterised at 1 unit per pixel)
    const count = new Uint8Array(W * H);
    const squares = new Map();
    for (const [id, poly] of polys) {
      const bmp = rasterise([poly]);
      for (let i = 0; i < bmp.length; i++) count[i] += bmp[i];
      squares.set(id, largestSquare(bmp, centroid(poly)));
    }
    const inside = rasterise(outline);
    let overlap = 0;
    let gap = 0;
    let outside = 0;
    let pixels = 0;
    for (let i = 0; i < inside.length; i++) {
      if (count[i] > 1) overlap++;
      if (inside[i]) { pixels++; if (count[i] === 0) gap++; } else if (count[i]) outside++;
    }
    if (overlap) fail(`${view}: ${overlap} pixel centres lie in two regions`);
    const mismatch = gap + outside;
    if (mismatch > pixels * 0.01) fail(`${view}: ${gap} gap and ${outside} outside pixels (over 1% of ${pixels})`);
    // 4. thumb-sized; centre inside its region
    for (const r of v.regions) {
      const sq = squares.get(r.id);
      if (!sq) continue;
      if (sq.size < MIN_SQUARE) fail(`${r.id}: largest inscribed square is ${sq.size} < ${MIN_SQUARE}`);
      const [cx, cy] = r.centre;
      const bmp = rasterise([polys.get(r.id)]);
      let ok = true;
      for (let dy = -6; dy < 6; dy++) for (let dx = -6; dx < 6; dx++) if (!bmp[(cy + dy) * W + cx + dx]) ok = false;
      if (!ok) fail(`${r.id}: centre ${r.centre} is not well inside the region`);
      if (!smallest || r.area < smallest.area) smallest = { id: r.id, area: r.area, square: sq.size };
      if (!tightest || sq.size < tightest.square) tightest = { id: r.id, area: r.area, square: sq.size };
    }
    // 5. left/right mirror images
    for (const part of EXPECTED[view]) {
      const a = polys.get(`right_${part}_${view}`);
      const b = polys.get(`left_${part}_${view}`);
      if (!a || !b) continue;
      const key = (p) => p.map((q) => q.join(',')).sort().join(' ');
      if (key(a.map(mirror)) !== key(b) || area(a) !== area(b)) fail(`${part}_${view}: left is not the mirror image of right`);
      const ca = v.regions.find((r) => r.id === `right_${part}_${view}`).centre;
      const cb = v.regions.find((r) => r.id === `left_${part}_${view}`).centre;
      if (!same(mirror(ca), cb)) fail(`${part}_${view}: centres ${ca} and ${cb} are not mirror images`);
    }
    // sides: in front the patient's right is on the viewer's left, in back on the viewer's right
    const cx = (id) => centroid(polys.get(id))[0];
    const rightOnViewerLeft = cx(`right_upper_arm_${view}`) < MID;
    if (rightOnViewerLeft !== (view === 'front')) fail(`${view}: the patient's right is on the wrong side`);
    report.push(`${view}: ${v.regions.length} regions, ${pixels} px inside the outline, ${overlap} overlapping, ${gap} gaps, ${outside} outside; area ${sum} = outline ${outlineArea}`);
  }
  return { fails, report, smallest, tightest };
}

// ---------------------------------------------------------------------------

const text = toJson(build());
const checkOnly = process.argv.includes('--check');
const { fails, report, smallest, tightest } = check(text);
for (const line of report) console.log(line);
if (smallest) console.log(`smallest region: ${smallest.id}, area ${smallest.area}, largest inscribed square ${smallest.square}x${smallest.square}`);
if (tightest) console.log(`tightest region: ${tightest.id}, area ${tightest.area}, largest inscribed square ${tightest.square}x${tightest.square}`);
if (fails.length) {
  console.error(`bodymap-figure: ${fails.length} check(s) failed:`);
  for (const f of fails) console.error(`  - ${f}`);
  process.exit(1);
}
if (checkOnly) {
  let current = null;
  try { current = readFileSync(OUT, 'utf8'); } catch { /* missing */ }
  if (current !== text) {
    console.error(`bodymap-figure: ${OUT} is missing or out of date; run node scripts/bodymap-figure.mjs`);
    process.exit(1);
  }
  console.log('figure.json is up to date');
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${text.length} bytes)`);
}
