#!/usr/bin/env python3
"""Header test generator: writes the C sources that mk/headers.mk compiles against the real OpenSSL 3.0
headers and against ours, then diffs.

  gen.py OUTDIR

writes into OUTDIR:
  values.c   prints every object-like macro of ours (integer/string value and C type, or "defined"/"expr"),
             every enum constant and the layout (sizeof/offsetof) of every public struct we define;
             names the real headers lack print "MISSING".
  protos.c   includes the REAL headers, then repeats our declarations (prototypes, typedefs, static
             inline helpers as declarations), so a conflicting signature is a compile error; it also takes
             the address of every function we declare, so a function the real headers lack is an error.
  macros.c   calls every function-like macro of ours that expands only to the ctrl/flag functions mocked
             in mocks.h, with distinct integer arguments; the mocks print what they receive.
  calls.txt  for every other function-like macro: the functions its expansion calls (real vs ours is
             compared by the makefile through calls-real.txt / calls-ours.txt).
  exports.c  takes the address of every libssl.so.3 export the real headers declare; compiled with ours.
  headers.txt our header names (for the compile-alone checks).
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
INC = os.path.join(ROOT, 'include')
OURS = os.path.join(INC, 'openssl')
CC = os.environ.get('CC', 'gcc')

# Functions mocked in mocks.h: macros expanding only to these are checked by behaviour.
MOCKS = {'SSL_ctrl', 'SSL_CTX_ctrl', 'SSL_callback_ctrl', 'SSL_CTX_callback_ctrl', 'BIO_ctrl',
         'BIO_callback_ctrl', 'BIO_int_ctrl', 'BIO_ptr_ctrl', 'BIO_set_flags', 'BIO_clear_flags',
         'BIO_test_flags', 'CRYPTO_get_ex_new_index'}
KEYWORDS = {'sizeof', '_Generic', 'if', 'while', 'for', 'switch', 'return', '__attribute__', 'defined',
            'typeof', '__typeof__', 'do', '_Static_assert', '__builtin_offsetof', 'offsetof'}


def headers():
    return sorted(h for h in os.listdir(OURS) if h.endswith('.h'))


def includes(hs):
    return ''.join('#include <openssl/%s>\n' % h for h in hs)


def run(args, src, cwd):
    path = os.path.join(cwd, 'probe.c')
    with open(path, 'w') as f:
        f.write(src)
    return subprocess.run(args + [path], capture_output=True, text=True, cwd=cwd)


def probe(lines, prefix, args, tmp):
    """Drop the lines of `lines` that do not compile after `prefix`; returns the survivors."""
    lines = list(lines)
    base = prefix.count('\n') + 2  # "int main(void) {" line, then lines[0]
    for _ in range(400):
        src = prefix + 'int main(void) {\n' + '\n'.join(l for _, l in lines) + '\nreturn 0; }\n'
        r = run(args, src, tmp)
        if r.returncode == 0:
            return lines
        bad = set()
        for m in re.finditer(r'probe\.c:(\d+):\d+', r.stderr):
            idx = int(m.group(1)) - base
            if 0 <= idx < len(lines):
                bad.add(idx)
        if not bad:
            sys.exit('gen.py: probe failed:\n' + r.stderr[:3000])
        lines = [l for i, l in enumerate(lines) if i not in bad]
    sys.exit('gen.py: probe did not converge')


def our_macros(hs, tmp, real=False):
    """name -> (params or None, body) for every macro defined in our headers (as ours or real define it)."""
    names = set()
    for h in hs:
        with open(os.path.join(OURS, h)) as f:
            names |= set(re.findall(r'^\s*#\s*define\s+(\w+)', f.read(), re.M))
    r = run([CC, '-std=c11', '-D_GNU_SOURCE', '-dM', '-E'] + ([] if real else ['-I', INC]), includes(hs), tmp)
    out = {}
    for line in r.stdout.splitlines():
        m = re.match(r'#define (\w+)(\(([^)]*)\))? ?(.*)', line)
        if m and m.group(1) in names:
            out[m.group(1)] = (m.group(3), m.group(4))
    return out


def our_text(hs, tmp):
    """Preprocessed text of our headers only (system headers dropped), whitespace-normalised."""
    r = run([CC, '-std=c11', '-D_GNU_SOURCE', '-E', '-I', INC], includes(hs), tmp)
    keep, cur = [], None
    for line in r.stdout.splitlines():
        m = re.match(r'# \d+ "([^"]+)"', line)
        if m:
            cur = m.group(1)
            continue
        if cur and os.path.abspath(cur).startswith(OURS + os.sep):
            keep.append(line)
    return re.sub(r'\s+', ' ', ' '.join(keep))


def split_top(text):
    """Top-level declarations / definitions."""
    res, depth, cur = [], 0, ''
    for ch in text:
        cur += ch
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0 and re.search(r'\)\s*\{', cur) and not cur.lstrip().startswith(('typedef', 'struct', 'union', 'enum')):
                res.append(cur.strip())
                cur = ''
        elif ch == ';' and depth == 0:
            res.append(cur.strip())
            cur = ''
    return [d for d in res if d and d != ';']


def strip_attrs(d):
    return re.sub(r'__attribute__\s*\(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\)', '', d)


def func_name(d):
    s = strip_attrs(d)
    if s.startswith('typedef') or '(' not in s:
        return None
    s = re.sub(r'\{.*', '', s)
    m = re.search(r'\(\s*\*\s*(\w+)\s*\(', s)  # function returning a function pointer
    if m:
        return m.group(1)
    m = re.search(r'(\w+)\s*\(', s)
    if m and m.group(1) not in KEYWORDS:
        return m.group(1)
    return None


def members(body, prefix):
    """Member designators of a struct/union body (one level of nesting followed)."""
    out, depth, cur, parts = [], 0, '', []
    for ch in body:
        if ch in '{(':
            depth += 1
        elif ch in '})':
            depth -= 1
        if ch == ';' and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += ch
    for p in parts:
        if not p:
            continue
        if '{' in p:
            inner = p[p.index('{') + 1:p.rindex('}')]
            name = p[p.rindex('}') + 1:].strip()
            if re.fullmatch(r'\w+', name):
                out.append(prefix + name)
                out += members(inner, prefix + name + '.')
            continue
        if re.search(r':\s*\d+$', p):  # bit-field
            continue
        m = re.search(r'\(\s*\*\s*(\w+)\s*\)', p)
        if m:
            out.append(prefix + m.group(1))
            continue
        for decl in p.split(','):
            decl = re.sub(r'\[[^\]]*\]', '', decl).strip()
            m = re.search(r'(\w+)$', decl)
            if m and m.group(1) not in ('int', 'char', 'long', 'short', 'unsigned'):
                out.append(prefix + m.group(1))
    return out


VALUE = ('_Generic((%(e)s), int: printf("%(n)s int %%d\\n", (int)(intptr_t)(%(e)s)), '
         'unsigned: printf("%(n)s unsigned %%u\\n", (unsigned)(uintptr_t)(%(e)s)), '
         'long: printf("%(n)s long %%ld\\n", (long)(intptr_t)(%(e)s)), '
         'unsigned long: printf("%(n)s ulong %%lu\\n", (unsigned long)(uintptr_t)(%(e)s)), '
         'long long: printf("%(n)s llong %%lld\\n", (long long)(intptr_t)(%(e)s)), '
         'unsigned long long: printf("%(n)s ullong %%llu\\n", (unsigned long long)(uintptr_t)(%(e)s)), '
         'char *: printf("%(n)s str \\"%%s\\"\\n", (const char *)(uintptr_t)(%(e)s)), '
         'const char *: printf("%(n)s str \\"%%s\\"\\n", (const char *)(uintptr_t)(%(e)s)), '
         'default: printf("%(n)s expr\\n"));')

PRELUDE = '#include <stdio.h>\n#include <stdint.h>\n#include <stddef.h>\n'


def top_comma(body):
    depth = 0
    for ch in re.sub(r'"(?:[^"\\]|\\.)*"', '""', body):
        depth += ch == '('
        depth -= ch == ')'
        if ch == ',' and depth == 0:
            return True
    return False


def gen_values(out, hs, macros, real_macros, decls, tmp):
    prefix = PRELUDE + includes(hs)
    obj = sorted(n for n, (p, b) in macros.items() if p is None)
    with_value = [n for n in obj if macros[n][1] != '']
    ok = probe([(n, VALUE % {'n': n, 'e': n}) for n in with_value], prefix,
               [CC, '-std=c11', '-D_GNU_SOURCE', '-w', '-fsyntax-only', '-I', INC], tmp)
    printable = {n for n, _ in ok}
    body = []
    for n in obj:
        if n in printable and (top_comma(macros[n][1]) or top_comma(real_macros.get(n, (None, ''))[1])):
            line = ('{ static const long long v_[] = { %s }; size_t i_; printf("%s list");'
                    ' for (i_ = 0; i_ < sizeof(v_) / sizeof(v_[0]); i_++) printf(" %%lld", v_[i_]); puts(""); }'
                    % (n, n))
        elif n in printable:
            line = VALUE % {'n': n, 'e': n}
        elif macros[n][1] == '':
            line = 'puts("%s defined");' % n
        else:
            line = 'puts("%s defined-nonexpr");' % n
        body.append('#ifdef %s\n%s\n#else\nputs("%s MISSING");\n#endif' % (n, line, n))
    fn = sorted(n for n, (p, b) in macros.items() if p is not None)
    for n in fn:
        body.append('#ifdef %s\nputs("%s function-like");\n#else\nputs("%s MISSING");\n#endif' % (n, n, n))
    # enum constants and struct layouts (default API level only: some are hidden by OPENSSL_NO_DEPRECATED)
    body.append('#ifndef MBS_MACROS_ONLY')
    for d in decls:
        for m in re.finditer(r'\benum\b\s*\w*\s*\{([^}]*)\}', d):
            for item in m.group(1).split(','):
                name = item.split('=')[0].strip()
                if name:
                    body.append('printf("%s enum %%lld\\n", (long long)%s);' % (name, name))
    # public struct layouts
    for d in decls:
        m = re.match(r'(?:typedef )?(struct|union) (\w+)? ?\{(.*)\} ?(\w*) ?;$', d)
        if not m:
            continue
        kind, tag, inner, tdname = m.groups()
        t = '%s %s' % (kind, tag) if tag else tdname
        if not t:
            continue
        body.append('printf("%s sizeof %%zu\\n", sizeof(%s));' % (t, t))
        for mem in members(inner, ''):
            body.append('printf("%s.%s offset %%zu size %%zu\\n", offsetof(%s, %s), sizeof(((%s *)0)->%s));'
                        % (t, mem, t, mem, t, mem))
    body.append('#endif')
    nonvalue = {n for n in obj if n not in printable and macros[n][1] != ''}
    with open(os.path.join(out, 'values.c'), 'w') as f:
        f.write('/* generated by tests/headers/gen.py */\n' + prefix
                + '#pragma GCC diagnostic ignored "-Wdeprecated-declarations"\n'
                + 'int main(void)\n{\n' + '\n'.join(body) + '\nreturn 0;\n}\n')
    return nonvalue | {n for n in printable if re.fullmatch(r'[A-Za-z_]\w*', macros[n][1])}


def gen_protos(out, hs, decls):
    lines, names = [], []
    for d in decls:
        s = strip_attrs(d)
        if re.match(r'(typedef )?(struct|union|enum)\b[^;(]*\{', s):
            continue  # bodies are checked by layout (values.c)
        if s.startswith('typedef'):
            lines.append(d)
            continue
        if s.startswith('static') and '{' in s:
            decl = d[:d.index('{')].rstrip() + ';'
            lines.append(decl)
            continue
        n = func_name(d)
        lines.append(d)
        if n and not s.startswith('static'):
            names.append(n)
    with open(os.path.join(out, 'protos.c'), 'w') as f:
        f.write('/* generated by tests/headers/gen.py: our declarations, after the real headers */\n')
        f.write(PRELUDE + includes(hs))
        f.write('#pragma GCC diagnostic ignored "-Wdeprecated-declarations"\n')
        f.write('\n'.join(lines) + '\n')
        f.write('void mbs_take_addresses(void);\nvoid mbs_take_addresses(void)\n{\n')
        f.write(''.join('    (void)&%s;\n' % n for n in sorted(set(names))))
        f.write('}\n')


def expansion_calls(macros, fnames, hs, args, tmp):
    """name -> list of called identifiers in the expansion of NAME(<distinct ints>)."""
    src = includes(hs)
    for n in fnames:
        p = macros[n][0]
        if p is None:
            src += '\nMBS_BEGIN_%s %s MBS_END\n' % (n, n)
            continue
        k = 0 if p.strip() == '' else len(p.split(','))
        src += '\nMBS_BEGIN_%s %s(%s) MBS_END\n' % (n, n, ', '.join(str(0x101 + i) for i in range(k)))
    r = run(args + ['-E', '-P'], src, tmp)
    text = re.sub(r'\s+', ' ', r.stdout)
    res = {}
    for m in re.finditer(r'MBS_BEGIN_(\w+) (.*?) MBS_END', text):
        calls = [c for c in re.findall(r'([A-Za-z_]\w*)\s*\(', m.group(2)) if c not in KEYWORDS]
        if macros[m.group(1)][0] is None:
            calls = ['=', re.sub(r'\s+', '', m.group(2))]  # object-like: the whole expansion
        res[m.group(1)] = (calls, m.group(2))
    return res


def gen_macros(out, hs, macros, nonvalue, tmp):
    fnames = sorted(n for n, (p, b) in macros.items() if (p is not None and '...' not in p) or n in nonvalue)
    ours = expansion_calls(macros, fnames, hs, [CC, '-std=c11', '-D_GNU_SOURCE', '-I', INC], tmp)
    real = expansion_calls(macros, fnames, hs, [CC, '-std=c11', '-D_GNU_SOURCE'], tmp)
    calls_o, calls_r, runtime = [], [], []
    for n in fnames:
        o = ours.get(n)
        r = real.get(n)
        if o is None:
            continue
        if macros[n][0] is None and re.fullmatch(r'[A-Za-z_]\w*', macros[n][1]) \
                and not re.fullmatch(r'[A-Za-z_]\w*', o[1].strip()):
            continue  # alias of a constant: compared by value in values.c
        if r is None:
            calls_r.append('%s: MISSING' % n)
            calls_o.append('%s: %s' % (n, ' '.join(o[0])))
            continue
        if macros[n][0] is not None and o[0] and r[0] and set(o[0]) <= MOCKS and set(r[0]) <= MOCKS:
            runtime.append(n)
        calls_o.append('%s: %s' % (n, ' '.join(o[0])))
        calls_r.append('%s: %s' % (n, ' '.join(r[0])))
    with open(os.path.join(out, 'calls-ours.txt'), 'w') as f:
        f.write('\n'.join(calls_o) + '\n')
    with open(os.path.join(out, 'calls-real.txt'), 'w') as f:
        f.write('\n'.join(calls_r) + '\n')
    prefix = PRELUDE + includes(hs) + '#include "mocks.h"\n'
    lines = []
    for n in runtime:
        p = macros[n][0]
        k = 0 if p.strip() == '' else len(p.split(','))
        call = '%s(%s)' % (n, ', '.join(str(0x101 + i) for i in range(k)))
        lines.append((n, 'mbs_macro = "%s"; (void)(%s);' % (n, call)))
    cflags = ['-std=c11', '-D_GNU_SOURCE', '-w', '-fsyntax-only', '-I', HERE]
    ok_o = {n for n, _ in probe(lines, prefix, [CC] + cflags + ['-I', INC], tmp)}
    ok_r = {n for n, _ in probe(lines, prefix, [CC] + cflags, tmp)}
    body = []
    for n, l in lines:
        if n in ok_o and n in ok_r:
            body.append(l)
        else:
            # Shows up as a difference: only the build that cannot compile it says so.
            body.append('#ifdef MBS_OURS\nputs("%s: %s");\n#else\nputs("%s: %s");\n#endif'
                        % (n, 'ok' if n in ok_o else 'does not compile with our headers',
                           n, 'ok' if n in ok_r else 'does not compile with the real headers'))
    with open(os.path.join(out, 'macros.c'), 'w') as f:
        f.write('/* generated by tests/headers/gen.py: ctrl macros against mocked ctrl functions */\n')
        f.write(prefix + 'int main(void)\n{\n' + '\n'.join(body) + '\nreturn 0;\n}\n')


def gen_exports(out, hs, tmp):
    """Every libssl.so.3 export the real headers declare must be declared (or macro-defined) by ours."""
    path = os.path.join(ROOT, 'shim', 'exports', 'libssl.txt')
    if not os.path.exists(path):
        return
    with open(path) as f:
        names = [l.split()[0] for l in f if l.strip() and not l.startswith('#')]
    lines = [(n, '(void)&%s;' % n) for n in names]
    ok = probe(lines, PRELUDE + includes(hs), [CC, '-std=c11', '-D_GNU_SOURCE', '-w', '-fsyntax-only'], tmp)
    with open(os.path.join(out, 'exports.c'), 'w') as f:
        f.write('/* generated by tests/headers/gen.py: libssl exports declared by the real headers */\n')
        f.write(PRELUDE + includes(hs) + '#pragma GCC diagnostic ignored "-Wdeprecated-declarations"\n')
        f.write('void mbs_exports(void);\nvoid mbs_exports(void)\n{\n')
        f.write(''.join('    %s\n' % l for _, l in ok) + '}\n')


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    hs = headers()
    with tempfile.TemporaryDirectory() as tmp:
        macros = our_macros(hs, tmp)
        decls = split_top(our_text(hs, tmp))
        nonvalue = gen_values(out, hs, macros, our_macros(hs, tmp, real=True), decls, tmp)
        gen_protos(out, hs, decls)
        gen_macros(out, hs, macros, nonvalue, tmp)
        gen_exports(out, hs, tmp)
    with open(os.path.join(out, 'headers.txt'), 'w') as f:
        f.write('\n'.join(hs) + '\n')


if __name__ == '__main__':
    main()
