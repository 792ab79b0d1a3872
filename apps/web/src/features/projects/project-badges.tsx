import { projectRoleLabels, type ProjectRole, type ProjectVisibility } from '@roster/core/browser';
import { Archive, Globe, Library, Lock } from 'lucide-react';
import { Chip } from '../../components/ui/chip';
import { visibilityShortLabels } from './project-format';

export function VisibilityBadge({ visibility }: { visibility: ProjectVisibility }) {
  const Icon = visibility === 'members' ? Lock : Globe;
  return (
    <Chip tone={visibility === 'members' ? 'zinc' : 'emerald'}>
      <Icon aria-hidden className="size-3" />
      {visibilityShortLabels[visibility]}
    </Chip>
  );
}

/** Beside the Library's name: says what it is without repeating the name ("Library [Library]"). */
export function LibraryBadge() {
  return (
    <Chip tone="indigo">
      <Library aria-hidden className="size-3" />
      Built-in
    </Chip>
  );
}

export function ArchivedBadge() {
  return (
    <Chip tone="amber">
      <Archive aria-hidden className="size-3" />
      Archived
    </Chip>
  );
}

export function RoleBadge({ role }: { role: ProjectRole }) {
  return <Chip tone={role === 'manager' ? 'indigo' : 'zinc'}>{projectRoleLabels[role]}</Chip>;
}
