#ifndef REVISIT_CNCURSESW_SHIM_H
#define REVISIT_CNCURSESW_SHIM_H
// A system-library target takes no C settings, so the defines that switch on
// the wide-character API live here, before the header.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

int wcwidth(wchar_t c);

// Swift cannot import function-like macros, and Swift 6 refuses the mutable
// globals (stdscr, stdout, stdin). Everything of that kind is wrapped here.

/// The locale the environment names, which ncursesw reads and writes characters in. When
/// that locale is not installed (setlocale fails, as for zh_CN.UTF-8 on a server that has
/// only C.UTF-8) or is plain ASCII (C, POSIX), no Chinese, Korean or accented letter could be
/// shown at all, so characters are handled as C.UTF-8 instead (messages keep the language
/// the environment or the store chose).
static inline void revisit_setlocale_from_environment(void) {
    const char *chosen = setlocale(LC_ALL, "");
    if (chosen != NULL && strcmp(nl_langinfo(CODESET), "ANSI_X3.4-1968") != 0) return;
    setlocale(LC_CTYPE, "C.UTF-8");
}

/// newterm on the process's stdin/stdout; returns the SCREEN or NULL on failure
/// (unlike initscr, which exits the process).
static inline SCREEN *revisit_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline WINDOW *revisit_stdscr(void) { return stdscr; }

/// Bracketed paste (xterm's mode 2004): the terminal wraps pasted text in ESC [200~ and
/// ESC [201~, which ncurses then returns as these two key codes, above its own.
static inline int revisit_key_paste_start(void) { return KEY_MAX + 1; }
static inline int revisit_key_paste_end(void) { return KEY_MAX + 2; }
static inline void revisit_bracketed_paste(int on) {
    if (on) {
        define_key("\033[200~", KEY_MAX + 1);
        define_key("\033[201~", KEY_MAX + 2);
    }
    putp(on ? "\033[?2004h" : "\033[?2004l");
    fflush(stdout);
}

/// Home, End, Delete, PageUp/PageDown and F1-F4 as the terminals in use send them, whatever
/// TERM says: PuTTY and Xshell (TERM=xterm) send ESC [1~ and ESC [4~ for Home and End and
/// ESC [11~ to ESC [14~ for F1-F4, rxvt ESC [7~ and ESC [8~, tmux ESC [1~ and ESC [4~, xterm
/// in normal cursor mode ESC [H and ESC [F. Left undefined, such a sequence reads as Escape
/// (back) followed by its letters.
static inline void revisit_define_common_keys(void) {
    static const char *home[] = {"\033[1~", "\033[7~", "\033[H", "\033OH"};
    static const char *end[] = {"\033[4~", "\033[8~", "\033[F", "\033OF"};
    for (int i = 0; i < 4; i++) { define_key(home[i], KEY_HOME); define_key(end[i], KEY_END); }
    define_key("\033[3~", KEY_DC);
    define_key("\033[5~", KEY_PPAGE);
    define_key("\033[6~", KEY_NPAGE);
    static const char *f[] = {"\033[11~", "\033[12~", "\033[13~", "\033[14~"};
    for (int i = 0; i < 4; i++) define_key(f[i], KEY_F(i + 1));
}

static inline int revisit_attr_normal(void) { return (int)A_NORMAL; }
static inline int revisit_attr_bold(void) { return (int)A_BOLD; }
static inline int revisit_attr_reverse(void) { return (int)A_REVERSE; }
static inline int revisit_attr_dim(void) { return (int)A_DIM; }
static inline int revisit_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int revisit_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int revisit_wattrset(WINDOW *w, int attrs) { return wattrset(w, attrs); }

static inline short revisit_color_red(void) { return COLOR_RED; }
static inline short revisit_color_green(void) { return COLOR_GREEN; }
static inline short revisit_color_yellow(void) { return COLOR_YELLOW; }
static inline short revisit_color_cyan(void) { return COLOR_CYAN; }

static inline int revisit_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int revisit_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int revisit_getcurx(WINDOW *w) { return getcurx(w); }

static inline int revisit_ok(void) { return OK; }
static inline int revisit_err(void) { return ERR; }
static inline int revisit_key_code_yes(void) { return KEY_CODE_YES; }
static inline int revisit_key_resize(void) { return KEY_RESIZE; }
static inline int revisit_key_up(void) { return KEY_UP; }
static inline int revisit_key_down(void) { return KEY_DOWN; }
static inline int revisit_key_left(void) { return KEY_LEFT; }
static inline int revisit_key_right(void) { return KEY_RIGHT; }
static inline int revisit_key_home(void) { return KEY_HOME; }
static inline int revisit_key_end(void) { return KEY_END; }
static inline int revisit_key_ppage(void) { return KEY_PPAGE; }
static inline int revisit_key_npage(void) { return KEY_NPAGE; }
static inline int revisit_key_backspace(void) { return KEY_BACKSPACE; }
static inline int revisit_key_dc(void) { return KEY_DC; }
static inline int revisit_key_btab(void) { return KEY_BTAB; }
static inline int revisit_key_enter(void) { return KEY_ENTER; }
static inline int revisit_key_f(int n) { return KEY_F(n); }

static inline int revisit_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }
#endif
