import type { Plan } from '@roster/core/browser';
import { planLabels } from '../../organizations/org-format';

const units = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'];

/**
 * "0 bytes", "1 byte", "812 bytes", "1.5 KB", "12 MB", "1 GB" (binary: 1 KB = 1024 bytes, as the
 * plans count: 1 GB of storage is 1024³ bytes). One decimal below 10, none from 10 on.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value < 10 ? Math.floor(value * 10) / 10 : Math.floor(value);
  return `${shown} ${units[unit]}`;
}

/** "2.4 MB/s". */
export function formatSpeed(bytesPerSecond: number): string {
  return `${formatBytes(Math.round(bytesPerSecond))}/s`;
}

/** "5 s left", "3 min left", "1 h 20 min left"; '' when it cannot be told. */
export function formatTimeLeft(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 60) return `${Math.max(1, seconds)} s left`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h left` : `${hours} h ${rest} min left`;
}

/** Why a file is refused before it is sent. */
export function tooLargeMessage(size: number, largest: { bytes: number; plan: Plan }): string {
  return `This file is ${formatBytes(size)}; the ${planLabels[largest.plan]} plan takes files up to ${formatBytes(largest.bytes)}.`;
}
