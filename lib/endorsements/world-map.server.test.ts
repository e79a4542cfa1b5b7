import { describe, expect, it } from "vitest";
import { compactPath, worldShapes } from "./world-map.server";

/** The absolute points of each subpath a path draws (M, L, l and z only, as compactPath writes). */
function pointsOf(d: string): [number, number][][] {
  const subpaths: [number, number][][] = [];
  for (const [, command, body] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    const numbers = (body.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (command === "M") subpaths.push([[numbers[0], numbers[1]]]);
    const current = subpaths.at(-1);
    if (!current) continue;
    for (let i = 0; command !== "M" && i + 1 < numbers.length; i += 2) {
      const [x, y] = current.at(-1) ?? [0, 0];
      current.push(command === "l" ? [x + numbers[i], y + numbers[i + 1]] : [numbers[i], numbers[i + 1]]);
    }
  }
  return subpaths;
}

/** The same outline without the points that repeat the one before. */
const withoutRepeats = (subpaths: [number, number][][]) =>
  subpaths.map((points) => points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]));

describe("compactPath", () => {
  it("draws the same whole-unit points with steps, signs as separators and repeats dropped", () => {
    const d = "M10.4,20.6L12.2,19.9L12.4,20.1L9,25ZM100,200L101,200L99.6,203Z";
    expect(compactPath(d)).toBe("M10,21l2-1-3,5zM100,200l1,0-1,3z");
    expect(pointsOf(compactPath(d))).toEqual([
      [
        [10, 21],
        [12, 20],
        [9, 25],
      ],
      [
        [100, 200],
        [101, 200],
        [100, 203],
      ],
    ]);
  });

  it("keeps any outline's whole-unit points, in order", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let run = 0; run < 200; run++) {
      const subpaths = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
        Array.from({ length: 2 + Math.floor(random() * 30) }, () => [random() * 960, random() * 470]),
      );
      const d = subpaths.map((points) => `M${points.map(([x, y]) => `${x},${y}`).join("L")}Z`).join("");
      const rounded = subpaths.map((points) =>
        points.map(([x, y]) => [Math.round(x), Math.round(y)] as [number, number]),
      );
      expect(pointsOf(compactPath(d))).toEqual(withoutRepeats(rounded));
    }
  });

  it("with a tolerance, drops only points that close to the outline drawn through the rest", () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const distance = ([px, py]: number[], [ax, ay]: number[], [bx, by]: number[]) => {
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    };
    let dropped = 0;
    for (let run = 0; run < 200; run++) {
      // A wobbly outline of small steps (so many points lie near the line through their neighbours),
      // moving right at every step (so no point repeats one before it).
      let [x, y] = [Math.floor(random() * 700), random() * 400];
      const points = Array.from({ length: 3 + Math.floor(random() * 40) }, () => {
        [x, y] = [x + 1 + Math.floor(random() * 4), y + random() * 4 - 2];
        return [x, y];
      });
      const d = `M${points.map(([px, py]) => `${px},${py}`).join("L")}Z`;
      const [all] = withoutRepeats(pointsOf(compactPath(d)));
      const [kept] = pointsOf(compactPath(d, 1));
      expect(kept[0]).toEqual(all[0]);
      expect(kept.at(-1)).toEqual(all.at(-1));
      // Kept points are the outline's own, in order; each one dropped lies within 1 of the segment
      // between the kept points on either side of it.
      let k = 0;
      for (const point of all) {
        if (k < kept.length && point[0] === kept[k][0] && point[1] === kept[k][1]) k++;
        else {
          dropped++;
          expect(distance(point, kept[k - 1], kept[k])).toBeLessThanOrEqual(1);
        }
      }
      expect(k).toBe(kept.length);
    }
    expect(dropped).toBeGreaterThan(500);
  });

  it("keeps a small ring's area: it is split at its far point, and never drawn with fewer than three", () => {
    expect(compactPath("M0,0L1,0L1,1L0,1Z", 1)).toBe("M0,0l1,1-1,0z"); // a triangle: it still has an area
    expect(pointsOf(compactPath("M0,0L5,0L10,0.4L10,5L5,5.3L0,5Z", 1))).toEqual([
      [
        [0, 0],
        [10, 0],
        [10, 5],
        [0, 5],
      ],
    ]);
  });

  it("is what the map's countries are drawn with", () => {
    const shapes = worldShapes();
    expect(shapes.length).toBeGreaterThan(170);
    for (const shape of shapes) expect(shape.d).toMatch(/^(M-?\d+,-?\d+(l[-\d, ]+)?z)+$/);
  });
});
