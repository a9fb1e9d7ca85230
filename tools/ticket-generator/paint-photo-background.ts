import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { Prng } from './create-prng.js';

export type BackgroundKind = 'wood_desk' | 'car_seat' | 'granite_counter' | 'bed_sheet' | 'dark_table' | 'scanner_lid';

/**
 * What a ticket lies on in a phone photo: a wooden desk, a car seat, a
 * kitchen counter, a bed sheet (pale, low contrast against the paper), a dark
 * table. With `clutter`, a few text-free objects (a mug, keys, a pen) as on a
 * real table. No text is ever drawn here.
 */
export function paintPhotoBackground({
  prng,
  width,
  height,
  kind,
  clutter,
}: {
  prng: Prng;
  width: number;
  height: number;
  kind: BackgroundKind;
  clutter: boolean;
}): Canvas {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const unit = Math.max(width, height) / 1000;
  const shade = (r: number, g: number, b: number, jitter: number, alpha = 1): string =>
    `rgba(${clamp(r + prng.int(-jitter, jitter))},${clamp(g + prng.int(-jitter, jitter))},${clamp(b + prng.int(-jitter, jitter))},${alpha})`;

  switch (kind) {
    case 'wood_desk': {
      const [r, g, b] = prng.pick([[150, 104, 64], [118, 80, 50], [176, 134, 90], [96, 64, 42]] as const);
      ctx.fillStyle = shade(r, g, b, 6);
      ctx.fillRect(0, 0, width, height);
      const angle = prng.float(-0.3, 0.3) + (prng.chance(0.5) ? 0 : Math.PI / 2);
      ctx.save();
      ctx.translate(width / 2, height / 2);
      ctx.rotate(angle);
      const span = Math.hypot(width, height);
      for (let i = 0; i < 260; i++) {
        const y = prng.float(-span / 2, span / 2);
        ctx.strokeStyle = shade(r - 30, g - 24, b - 18, 14, prng.float(0.08, 0.35));
        ctx.lineWidth = prng.float(0.6, 4) * unit;
        ctx.beginPath();
        ctx.moveTo(-span / 2, y);
        for (let x = -span / 2; x <= span / 2; x += 40 * unit) {
          ctx.lineTo(x, y + Math.sin(x / (90 * unit) + i) * prng.float(1, 6) * unit);
        }
        ctx.stroke();
      }
      const plank = prng.float(180, 320) * unit;
      for (let y = -span / 2; y < span / 2; y += plank) {
        ctx.fillStyle = 'rgba(30,18,10,0.45)';
        ctx.fillRect(-span / 2, y, span, 2.5 * unit);
      }
      ctx.restore();
      break;
    }
    case 'car_seat': {
      const base = prng.int(34, 70);
      ctx.fillStyle = shade(base, base, base + 3, 3);
      ctx.fillRect(0, 0, width, height);
      for (let i = 0; i < 24000; i++) {
        ctx.fillStyle = shade(base + 12, base + 12, base + 14, 14, 0.35);
        ctx.fillRect(prng.float(0, width), prng.float(0, height), 2 * unit, 2 * unit);
      }
      ctx.strokeStyle = `rgba(10,10,10,0.6)`;
      ctx.lineWidth = 5 * unit;
      for (let i = 0; i < 3; i++) {
        const x = prng.float(0, width);
        ctx.beginPath();
        ctx.moveTo(x, 0);
        ctx.bezierCurveTo(x + prng.float(-80, 80) * unit, height / 3, x + prng.float(-80, 80) * unit, (2 * height) / 3, x + prng.float(-60, 60) * unit, height);
        ctx.stroke();
      }
      break;
    }
    case 'granite_counter': {
      const base = prng.int(70, 150);
      ctx.fillStyle = shade(base, base - 4, base - 8, 5);
      ctx.fillRect(0, 0, width, height);
      for (let i = 0; i < 30000; i++) {
        const tone = prng.int(10, 240);
        ctx.fillStyle = `rgba(${tone},${tone},${tone - 6},${prng.float(0.2, 0.7)})`;
        const size = prng.float(1, 4.5) * unit;
        ctx.fillRect(prng.float(0, width), prng.float(0, height), size, size);
      }
      break;
    }
    case 'bed_sheet': {
      const [r, g, b] = prng.pick([[232, 230, 224], [210, 220, 232], [236, 226, 214]] as const);
      ctx.fillStyle = `rgb(${r},${g},${b})`;
      ctx.fillRect(0, 0, width, height);
      for (let i = 0; i < 14; i++) {
        const x = prng.float(0, width);
        const y = prng.float(0, height);
        const gradient = ctx.createRadialGradient(x, y, 0, x, y, prng.float(80, 320) * unit);
        gradient.addColorStop(0, `rgba(0,0,0,${prng.float(0.05, 0.16)})`);
        gradient.addColorStop(1, 'rgba(0,0,0,0)');
        ctx.fillStyle = gradient;
        ctx.fillRect(0, 0, width, height);
      }
      break;
    }
    case 'dark_table': {
      const base = prng.int(18, 40);
      const gradient = ctx.createLinearGradient(0, 0, width, height);
      gradient.addColorStop(0, `rgb(${base + 14},${base + 12},${base + 10})`);
      gradient.addColorStop(1, `rgb(${base},${base},${base})`);
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, width, height);
      break;
    }
    case 'scanner_lid': {
      ctx.fillStyle = `rgb(${prng.int(236, 248)},${prng.int(236, 248)},${prng.int(234, 246)})`;
      ctx.fillRect(0, 0, width, height);
      break;
    }
  }

  if (clutter) {
    for (let i = prng.int(1, 3); i > 0; i--) paintObject(ctx, prng, width, height, unit);
  }
  return canvas;
}

function paintObject(ctx: ReturnType<Canvas['getContext']>, prng: Prng, width: number, height: number, unit: number): void {
  const x = prng.float(0, width);
  const y = prng.float(0, height);
  const kind = prng.pick(['mug', 'pen', 'keys', 'phone'] as const);
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(prng.float(0, Math.PI * 2));
  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = 18 * unit;
  ctx.shadowOffsetX = 6 * unit;
  ctx.shadowOffsetY = 8 * unit;
  if (kind === 'mug') {
    const radius = prng.float(70, 110) * unit;
    ctx.fillStyle = prng.pick(['#d9d4c8', '#7a2b2b', '#2d4a6b', '#efefef']);
    ctx.beginPath();
    ctx.arc(0, 0, radius, 0, Math.PI * 2);
    ctx.fill();
    ctx.shadowColor = 'transparent';
    ctx.fillStyle = '#3b2414';
    ctx.beginPath();
    ctx.arc(0, 0, radius * 0.82, 0, Math.PI * 2);
    ctx.fill();
  } else if (kind === 'pen') {
    ctx.fillStyle = prng.pick(['#1c3f9c', '#111111', '#b51d1d']);
    ctx.fillRect(-150 * unit, -7 * unit, 300 * unit, 14 * unit);
  } else if (kind === 'keys') {
    ctx.strokeStyle = '#a8a8a0';
    ctx.lineWidth = 7 * unit;
    ctx.beginPath();
    ctx.arc(0, 0, 28 * unit, 0, Math.PI * 2);
    ctx.stroke();
    ctx.fillStyle = '#b9b6a8';
    for (let k = 0; k < 3; k++) {
      ctx.rotate(prng.float(0.4, 1.2));
      ctx.fillRect(24 * unit, -9 * unit, 90 * unit, 18 * unit);
    }
  } else {
    ctx.fillStyle = '#0c0c0e';
    ctx.beginPath();
    ctx.roundRect(-80 * unit, -160 * unit, 160 * unit, 320 * unit, 22 * unit);
    ctx.fill();
  }
  ctx.restore();
}

function clamp(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}
