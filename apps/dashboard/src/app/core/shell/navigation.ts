export interface NavItem {
  label: string;
  path: string;
  adminOnly: boolean;
}

/** One entry per feature that exists; a feature adds itself here when its route lands. */
export const NAV_ITEMS: readonly NavItem[] = [{ label: 'Access tokens', path: '/settings/tokens', adminOnly: true }];
