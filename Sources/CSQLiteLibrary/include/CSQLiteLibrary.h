// SQLite's process-wide settings, which its C API takes through the variadic
// sqlite3_config (Swift cannot call variadic C functions).
#ifndef TRACUU_CSQLITELIBRARY_H
#define TRACUU_CSQLITELIBRARY_H

/// Puts the process's SQLite library in multi-thread mode and turns its memory
/// statistics off. Only works before the first connection opens: returns 0
/// (SQLITE_OK), or SQLite's error code (SQLITE_MISUSE once it is initialized).
int tracuu_sqlite_configure(void);

#endif
