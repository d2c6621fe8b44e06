/** The connection URL the job queue opens its own small pool on (the app's database). */
export const JOB_DATABASE_URL = Symbol('JOB_DATABASE_URL');
