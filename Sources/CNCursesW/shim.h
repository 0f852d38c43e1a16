#ifndef REVISIT_CNCURSESW_SHIM_H
#define REVISIT_CNCURSESW_SHIM_H
// A system-library target takes no C settings, so the defines that switch on
// the wide-character API live here, before the header.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

int wcwidth(wchar_t c);
#endif
