import LockResetIcon from '@mui/icons-material/LockReset';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { Link } from 'react-router-dom';
import { AppBar, Logout, UserMenu, useTranslate, useUserMenu } from 'react-admin';

/** The user menu's "Ganti kata sandi" entry. */
const ChangePasswordItem = forwardRef<HTMLAnchorElement>(function ChangePasswordItem(props, ref) {
  const translate = useTranslate();
  const menu = useUserMenu();
  return (
    <MenuItem component={Link} to="/change-password" ref={ref} {...props} onClick={() => menu?.onClose()}>
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('pilar.password.menu')}</ListItemText>
    </MenuItem>
  );
});

/** react-admin's app bar, with the password change in the user menu before signing out. */
export function PilarAppBar() {
  return (
    <AppBar
      userMenu={
        <UserMenu>
          <ChangePasswordItem />
          <Logout />
        </UserMenu>
      }
    />
  );
}
