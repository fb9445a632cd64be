/**
 * Orders two npm versions (`1.2.0`, `2.0.0-next.1`) by semver precedence: major, minor, patch
 * numerically, and a pre-release before its release. Negative when `a` comes first.
 */
export function compareVersions(a: string, b: string): number {
  const [left, right] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i++) {
    const difference = left.numbers[i]! - right.numbers[i]!;
    if (difference !== 0) return difference;
  }
  if (left.prerelease === right.prerelease) return 0;
  if (left.prerelease === null) return 1;
  if (right.prerelease === null) return -1;
  return left.prerelease.localeCompare(right.prerelease, 'en', { numeric: true });
}

/** Whether `version` is an npm version this code can order. */
export function isVersion(version: string): boolean {
  return versionPattern.test(version);
}

const versionPattern = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function parseVersion(version: string): { numbers: number[]; prerelease: string | null } {
  const match = versionPattern.exec(version);
  if (!match) throw new Error(`\`${version}\` is not a semver version.`);
  return { numbers: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] ?? null };
}
