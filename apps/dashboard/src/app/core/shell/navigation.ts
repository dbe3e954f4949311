export interface NavItem {
  label: string;
  path: string;
  adminOnly: boolean;
}

/** One entry per feature that exists; a feature adds itself here when its route lands. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Overview', path: '/overview', adminOnly: false },
  { label: 'Explorer', path: '/explorer', adminOnly: false },
  { label: 'Developers', path: '/developers', adminOnly: false },
  { label: 'Upload', path: '/upload', adminOnly: true },
  { label: 'Access tokens', path: '/settings/tokens', adminOnly: true },
];
