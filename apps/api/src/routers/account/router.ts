import { router } from '../../trpc/init.js';
import { changeEmailProcedure } from './change-email.js';
import { changePasswordProcedure } from './change-password.js';
import { confirmEmailChangeProcedure } from './confirm-email-change.js';
import { endOtherSessionsProcedure } from './end-other-sessions.js';
import { endSessionProcedure } from './end-session.js';
import { getProcedure } from './get.js';
import { renameProcedure } from './rename.js';
import { sessionsProcedure } from './sessions.js';

/** The signed-in person's own account: name, email, password and sessions. */
export const accountRouter = router({
  get: getProcedure,
  rename: renameProcedure,
  changeEmail: changeEmailProcedure,
  confirmEmailChange: confirmEmailChangeProcedure,
  changePassword: changePasswordProcedure,
  sessions: sessionsProcedure,
  endSession: endSessionProcedure,
  endOtherSessions: endOtherSessionsProcedure,
});
