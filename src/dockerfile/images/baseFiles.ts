/**
 * The directories of Debian's base-files package, as its .deb's data.tar holds them
 * (dpkg -c of base-files 12.4+deb12u15 and 13.8+deb13u6): the layout every Debian image and
 * every distroless image starts from. trixie's /bin, /lib, /lib64 and /sbin are links into
 * /usr, left out; /usr/local is not there: base-files' postinst makes it (USR_LOCAL_DIRECTORIES).
 */
const COMMON = [
  '/boot',
  '/dev',
  '/etc',
  '/etc/default',
  '/etc/dpkg',
  '/etc/profile.d',
  '/etc/skel',
  '/home',
  '/proc',
  '/root',
  '/run',
  '/sys',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/games',
  '/usr/include',
  '/usr/lib',
  '/usr/sbin',
  '/usr/share',
  '/usr/share/doc',
  '/usr/share/man',
  '/usr/share/misc',
  '/usr/src',
  '/var',
  '/var/backups',
  '/var/cache',
  '/var/lib',
  '/var/lib/dpkg',
  '/var/lib/misc',
  '/var/local',
  '/var/lock',
  '/var/log',
  '/var/run',
  '/var/spool',
  '/var/tmp',
];

export const BASE_FILES_DIRECTORIES = {
  debian12: [...COMMON, '/bin', '/lib', '/sbin'],
  debian13: [...COMMON, '/usr/lib64'],
} as const;

/** What base-files 13.8+deb13u6's postinst makes when it runs (install_local_dir, 80-91). */
export const USR_LOCAL_DIRECTORIES = [
  '/usr/local/bin',
  '/usr/local/etc',
  '/usr/local/games',
  '/usr/local/include',
  '/usr/local/lib',
  '/usr/local/libexec',
  '/usr/local/sbin',
  '/usr/local/share/man',
  '/usr/local/src',
];
