# conc_gen.py - writes testdata/rt/conc_*.s, the hand-written-style Plan 9
# assembly main packages of tests/conc_test.sh (run: python3 testdata/rt/conc_gen.py).
# Each program calls the runtime's entry points with the System V convention
# (docs/abi.md §2); the matching conc_*.go gives the golden output under Go 1.19.
import sys, os
OUT = os.path.dirname(os.path.abspath(__file__)) + '/'
class P:
    def __init__(s, name, doc):
        s.name = name; s.lines = []; s.strs = []; s.data = []; s.doc = doc; s.nl = 0
    def t(s, x): s.lines.append('\t' + x)
    def label(s, l): s.lines.append(l + ':')
    def raw(s, x): s.lines.append(x)
    def str(s, text):
        off = sum(len(x) for x in s.strs)
        s.strs.append(text)
        return off, len(text)
    def call(s, f): s.t('CALL\truntime·%s(SB)' % f)
    def println(s, *items):
        s.call('printlock')
        first = True
        for kind, v in items:
            if not first: s.call('printsp')
            first = False
            if kind == 's':
                off, n = s.str(v)
                s.t('LEAQ\tstrs<>+%d(SB), DI' % off); s.t('MOVQ\t$%d, SI' % n); s.call('printstring')
            elif kind == 'i':
                s.t('MOVQ\t%s, DI' % v); s.call('printint')
            elif kind == 'b':
                s.t('MOVBLZX\t%s, DI' % v); s.call('printbool')
        s.call('printnl')
        s.call('printunlock')
    def fv(s, fn):
        s.data.append('DATA\t%sfv<>+0(SB)/8, $main·%s(SB)\nGLOBL\t%sfv<>(SB), RODATA, $8' % (fn, fn, fn))
    def glob(s, name): s.data.append('GLOBL\tmain·%s(SB), NOPTR, $8' % name)
    def go(s, fn):
        s.t('LEAQ\t%sfv<>(SB), DI' % fn); s.call('newproc')
    def makechan(s, dst, elemsize, size):
        s.t('MOVQ\t$%d, DI' % elemsize); s.t('MOVQ\t$%d, SI' % size); s.call('makechan'); s.t('MOVQ\tAX, %s' % dst)
    def write(s):
        out = [ '// %s.s - %s' % (s.name, s.doc[0])] + ['// ' + d for d in s.doc[1:]] + ['', '#include "textflag.h"', '']
        out += s.lines
        blob = ''.join(s.strs).encode()
        if blob:
            out.append('')
            for i in range(0, len(blob), 8):
                chunk = blob[i:i+8]
                lit = ''.join('\\n' if c == 10 else chr(c) for c in chunk)
                out.append('DATA\tstrs<>+%d(SB)/%d, $"%s"' % (i, len(chunk), lit))
            out.append('GLOBL\tstrs<>(SB), RODATA, $%d' % len(blob))
        out += [''] + s.data
        out += ['', 'DATA\tmain··inittask+0(SB)/8, $0', 'DATA\tmain··inittask+8(SB)/8, $0',
                'DATA\tmain··inittask+16(SB)/8, $0', 'GLOBL\tmain··inittask(SB), NOPTR, $24', '']
        open(OUT + s.name + '.s', 'w').write('\n'.join(out))

# ---- the programs

# ---- pingpong
p = P('conc_pingpong', ['unbuffered ping-pong: main sends i on c1, pong answers i+1',
    'on c2, 100000 round trips through runtime.chansend1/chanrecv1 (direct',
    'hand-off to the parked partner). Matches conc_pingpong.go.'])
p.raw('TEXT main·pong(SB),$16-0')
p.label('ploop')
p.t('MOVQ\tmain·c1(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.t('INCQ\t0(SP)')
p.t('MOVQ\tmain·c2(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chansend1')
p.t('JMP\tploop')
p.raw('')
p.raw('TEXT main·main(SB),$32-0')
p.makechan('main·c1(SB)', 8, 0); p.makechan('main·c2(SB)', 8, 0)
p.go('pong')
p.t('MOVQ\t$0, 0(SP)\t// i'); p.t('MOVQ\t$0, 8(SP)\t// s')
p.label('mloop')
p.t('MOVQ\t0(SP), AX'); p.t('MOVQ\tAX, 16(SP)')
p.t('MOVQ\tmain·c1(SB), DI'); p.t('LEAQ\t16(SP), SI'); p.call('chansend1')
p.t('MOVQ\tmain·c2(SB), DI'); p.t('LEAQ\t16(SP), SI'); p.call('chanrecv1')
p.t('MOVQ\t16(SP), AX'); p.t('ADDQ\tAX, 8(SP)')
p.t('INCQ\t0(SP)'); p.t('CMPQ\t0(SP), $100000'); p.t('JLT\tmloop')
p.println(('s','sum'), ('i','8(SP)'))
p.t('RET')
p.fv('pong'); p.glob('c1'); p.glob('c2')
p.write()

# ---- buffered
p = P('conc_buffered', ['a buffered producer/consumer: 10000 values through a 16-slot',
    'channel, checked for order, then close; chanrecv2 until closed and empty;',
    'one more receive gives (0, false); len and cap read from the hchan.',
    'Matches conc_buffered.go.'])
p.raw('TEXT main·produce(SB),$16-0')
p.t('MOVQ\t$0, 0(SP)')
p.label('ploop')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chansend1')
p.t('INCQ\t0(SP)'); p.t('CMPQ\t0(SP), $10000'); p.t('JLT\tploop')
p.t('MOVQ\tmain·c(SB), DI'); p.call('closechan')
p.t('RET')
p.raw('')
p.raw('TEXT main·main(SB),$48-0')
p.makechan('main·c(SB)', 8, 16)
p.go('produce')
p.t('MOVQ\t$0, 0(SP)\t// n'); p.t('MOVQ\t$0, 8(SP)\t// s'); p.t('MOVQ\t$0, 16(SP)\t// bad')
p.label('mloop')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t24(SP), SI'); p.call('chanrecv2')
p.t('TESTB\tAL, AL'); p.t('JEQ\tclosed')
p.t('MOVQ\t24(SP), AX'); p.t('CMPQ\tAX, 0(SP)'); p.t('JEQ\tinorder'); p.t('INCQ\t16(SP)')
p.label('inorder')
p.t('INCQ\t0(SP)'); p.t('ADDQ\tAX, 8(SP)'); p.t('JMP\tmloop')
p.label('closed')
p.println(('s','n'), ('i','0(SP)'), ('s','sum'), ('i','8(SP)'), ('s','bad'), ('i','16(SP)'))
p.t('MOVQ\t$99, 24(SP)')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t24(SP), SI'); p.call('chanrecv2')
p.t('MOVB\tAL, 32(SP)')
p.t('MOVQ\tmain·c(SB), AX'); p.t('MOVQ\t0(AX), BX'); p.t('MOVQ\tBX, 0(SP)'); p.t('MOVQ\t8(AX), BX'); p.t('MOVQ\tBX, 8(SP)')
p.println(('s','after close'), ('i','24(SP)'), ('b','32(SP)'), ('i','0(SP)'), ('i','8(SP)'))
p.t('RET')
p.fv('produce'); p.glob('c')
p.write()

# ---- close
p = P('conc_close', ['close wakes every parked receiver: three goroutines block in',
    'chanrecv2 on c; main closes c; each reports ok && v == 0 (false) on done.',
    'Matches conc_close.go.'])
p.raw('TEXT main·recv(SB),$16-0')
p.t('MOVQ\t$5, 0(SP)')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv2')
p.t('CMPQ\t0(SP), $0'); p.t('SETEQ\tBL'); p.t('ANDB\tBL, AL'); p.t('MOVB\tAL, 8(SP)')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t8(SP), SI'); p.call('chansend1')
p.t('RET')
p.raw('')
p.raw('TEXT main·one(SB),$16-0')
p.t('MOVQ\t$1, 0(SP)')
p.t('MOVQ\tmain·c2(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chansend1')
p.t('RET')
p.raw('')
p.raw('TEXT main·main(SB),$32-0')
p.makechan('main·c(SB)', 8, 0); p.makechan('main·done(SB)', 1, 0); p.makechan('main·c2(SB)', 8, 1)
p.go('recv'); p.go('recv'); p.go('recv'); p.go('one')
p.t('MOVQ\tmain·c2(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.t('MOVQ\tmain·c(SB), DI'); p.call('closechan')
p.t('MOVQ\t$3, 8(SP)')
p.label('mloop')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t16(SP), SI'); p.call('chanrecv1')
p.println(('s','ok'), ('b','16(SP)'))
p.t('DECQ\t8(SP)'); p.t('JNE\tmloop')
p.t('RET')
p.fv('recv'); p.fv('one'); p.glob('c'); p.glob('done'); p.glob('c2')
p.write()

# ---- select
p = P('conc_select', ['select: main receives 1000 values that one sender alternates',
    'between a and b (selectgo with two receive cases); non-blocking selects',
    '(selectnbrecv, selectnbsend) on a 1-slot channel; then 1000 selectgo with',
    'two send cases served by two receivers until close. Matches conc_select.go.',
    'Frame of main: 0 i, 8 sa, 16 sb, 24 v0, 32 v1, 40 cases [2]{c, elem},',
    '72 order [4]uint16, 80 tmp, 88 ok, 96 x.'])
p.raw('TEXT main·send(SB),$16-0')
p.t('MOVQ\t$0, 0(SP)')
p.label('sloop')
p.t('MOVQ\tmain·a(SB), DI'); p.t('TESTQ\t$1, 0(SP)'); p.t('JEQ\teven'); p.t('MOVQ\tmain·b(SB), DI')
p.label('even')
p.t('LEAQ\t0(SP), SI'); p.call('chansend1')
p.t('INCQ\t0(SP)'); p.t('CMPQ\t0(SP), $1000'); p.t('JLT\tsloop')
p.t('RET')
p.raw('')
for nm, ch in (('sinka', 'a'), ('sinkb', 'b')):
    p.raw('TEXT main·%s(SB),$16-0' % nm)
    p.t('MOVQ\t$0, 8(SP)')
    p.label(nm + 'loop')
    p.t('MOVQ\tmain·%s(SB), DI' % ch); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv2')
    p.t('TESTB\tAL, AL'); p.t('JEQ\t%sdone' % nm); p.t('INCQ\t8(SP)'); p.t('JMP\t%sloop' % nm)
    p.label(nm + 'done')
    p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t8(SP), SI'); p.call('chansend1')
    p.t('RET')
    p.raw('')
p.raw('TEXT main·main(SB),$112-0')
p.makechan('main·a(SB)', 8, 0); p.makechan('main·b(SB)', 8, 0)
p.go('send')
p.t('MOVQ\t$0, 0(SP)'); p.t('MOVQ\t$0, 8(SP)'); p.t('MOVQ\t$0, 16(SP)')
p.label('rloop')
p.t('MOVQ\tmain·a(SB), AX'); p.t('MOVQ\tAX, 40(SP)'); p.t('LEAQ\t24(SP), AX'); p.t('MOVQ\tAX, 48(SP)')
p.t('MOVQ\tmain·b(SB), AX'); p.t('MOVQ\tAX, 56(SP)'); p.t('LEAQ\t32(SP), AX'); p.t('MOVQ\tAX, 64(SP)')
p.t('LEAQ\t40(SP), DI'); p.t('LEAQ\t72(SP), SI'); p.t('MOVQ\t$0, DX'); p.t('MOVQ\t$2, CX'); p.t('MOVQ\t$1, R8')
p.call('selectgo')
p.t('CMPQ\tAX, $0'); p.t('JNE\tcaseb')
p.t('MOVQ\t24(SP), AX'); p.t('ADDQ\tAX, 8(SP)'); p.t('JMP\trnext')
p.label('caseb')
p.t('MOVQ\t32(SP), AX'); p.t('ADDQ\tAX, 16(SP)')
p.label('rnext')
p.t('INCQ\t0(SP)'); p.t('CMPQ\t0(SP), $1000'); p.t('JLT\trloop')
p.println(('s','sa'), ('i','8(SP)'), ('s','sb'), ('i','16(SP)'))
# non-blocking
p.makechan('main·e(SB)', 8, 1)
def nbrecv(tag):
    p.t('LEAQ\t24(SP), DI'); p.t('MOVQ\tmain·e(SB), SI'); p.call('selectnbrecv')
    p.t('MOVB\tDL, 88(SP)')
    p.t('TESTB\tAL, AL'); p.t('JEQ\t%sempty' % tag)
    p.println(('s','got'), ('i','24(SP)'), ('b','88(SP)')); p.t('JMP\t%sdone' % tag)
    p.label(tag + 'empty'); p.println(('s','empty'))
    p.label(tag + 'done')
def nbsend(tag, v):
    p.t('MOVQ\t$%d, 80(SP)' % v)
    p.t('MOVQ\tmain·e(SB), DI'); p.t('LEAQ\t80(SP), SI'); p.call('selectnbsend')
    p.t('TESTB\tAL, AL'); p.t('JEQ\t%sfull' % tag)
    p.println(('s','sent')); p.t('JMP\t%sdone' % tag)
    p.label(tag + 'full'); p.println(('s','full'))
    p.label(tag + 'done')
nbrecv('nb1'); nbsend('nb2', 7); nbsend('nb3', 8); nbrecv('nb4')
# sends
p.makechan('main·done(SB)', 8, 0)
p.go('sinka'); p.go('sinkb')
p.t('MOVQ\t$1, 24(SP)'); p.t('MOVQ\t$2, 32(SP)')
p.t('MOVQ\t$0, 0(SP)')
p.label('sloop')
p.t('MOVQ\tmain·a(SB), AX'); p.t('MOVQ\tAX, 40(SP)'); p.t('LEAQ\t24(SP), AX'); p.t('MOVQ\tAX, 48(SP)')
p.t('MOVQ\tmain·b(SB), AX'); p.t('MOVQ\tAX, 56(SP)'); p.t('LEAQ\t32(SP), AX'); p.t('MOVQ\tAX, 64(SP)')
p.t('LEAQ\t40(SP), DI'); p.t('LEAQ\t72(SP), SI'); p.t('MOVQ\t$2, DX'); p.t('MOVQ\t$0, CX'); p.t('MOVQ\t$1, R8')
p.call('selectgo')
p.t('INCQ\t0(SP)'); p.t('CMPQ\t0(SP), $1000'); p.t('JLT\tsloop')
p.t('MOVQ\tmain·a(SB), DI'); p.call('closechan')
p.t('MOVQ\tmain·b(SB), DI'); p.call('closechan')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t80(SP), SI'); p.call('chanrecv1')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t96(SP), SI'); p.call('chanrecv1')
p.t('MOVQ\t96(SP), AX'); p.t('ADDQ\tAX, 80(SP)')
p.println(('s','total'), ('i','80(SP)'))
p.t('RET')
p.fv('send'); p.fv('sinka'); p.fv('sinkb')
for g in 'a b e done'.split(): p.glob(g)
p.write()

# ---- failures
def simple(name, doc, body):
    p = P(name, doc)
    p.raw('TEXT main·main(SB),$32-0')
    body(p)
    p.t('RET')
    p.write()
simple('conc_deadlock', ['main receives from a channel nobody sends on: Go\'s deadlock',
    'report with wait reason "chan receive". Matches conc_deadlock.go.'],
    lambda p: (p.makechan('8(SP)', 8, 0), p.t('MOVQ\t8(SP), DI'), p.t('LEAQ\t0(SP), SI'), p.call('chanrecv1')))
simple('conc_deadnil', ['main sends on a nil channel: it blocks forever ("chan send (nil',
    'chan)") and checkdead reports the deadlock. Matches conc_deadnil.go.'],
    lambda p: (p.t('MOVQ\t$0, DI'), p.t('LEAQ\t0(SP), SI'), p.call('chansend1')))
def deadsel(p):
    p.makechan('16(SP)', 8, 0); p.makechan('24(SP)', 8, 0)
    # cases at 32.. would exceed frame; use a bigger frame below
simple('conc_sendclosed', ['a send on a closed (buffered, empty) channel panics with Go\'s',
    'message. Matches conc_sendclosed.go.'],
    lambda p: (p.makechan('8(SP)', 8, 1), p.t('MOVQ\t8(SP), DI'), p.call('closechan'),
               p.t('MOVQ\t8(SP), DI'), p.t('LEAQ\t0(SP), SI'), p.call('chansend1')))
simple('conc_closeclosed', ['closing a channel twice panics. Matches conc_closeclosed.go.'],
    lambda p: (p.makechan('8(SP)', 8, 0), p.t('MOVQ\t8(SP), DI'), p.call('closechan'),
               p.t('MOVQ\t8(SP), DI'), p.call('closechan')))
simple('conc_closenil', ['closing a nil channel panics. Matches conc_closenil.go.'],
    lambda p: (p.t('MOVQ\t$0, DI'), p.call('closechan')))

p = P('conc_deadselect', ['main blocks in a select (receive from a, send on b) that',
    'nobody serves: the deadlock report says "select". Matches conc_deadselect.go.',
    'Frame: 0 v, 8 one, 16 cases [2]{c, elem} (the send first), 48 order.'])
p.raw('TEXT main·main(SB),$64-0')
p.makechan('AX', 8, 0); p.t('MOVQ\tAX, 32(SP)'); p.t('LEAQ\t0(SP), AX'); p.t('MOVQ\tAX, 40(SP)')
p.makechan('AX', 8, 0); p.t('MOVQ\tAX, 16(SP)'); p.t('LEAQ\t8(SP), AX'); p.t('MOVQ\tAX, 24(SP)')
p.t('MOVQ\t$1, 8(SP)')
p.t('LEAQ\t16(SP), DI'); p.t('LEAQ\t48(SP), SI'); p.t('MOVQ\t$1, DX'); p.t('MOVQ\t$1, CX'); p.t('MOVQ\t$1, R8')
p.call('selectgo')
p.t('RET')
p.write()

# ---- read: the P hand-off
p = P('conc_read', ['a goroutine blocked in runtime.read (standard input: a pipe',
    'with no data in tests/conc_test.sh) must not stop the others: with',
    'GOMAXPROCS=1 sysmon takes its P (retake) and main, which yielded to it,',
    'goes on with 1000 channel round trips. Matches conc_read.go (whose reader',
    'is os.Stdin.Read; Go 1.19 prints the same).'])
p.raw('TEXT main·reader(SB),$16-0')
p.t('MOVQ\t$0, DI'); p.t('LEAQ\t0(SP), SI'); p.t('MOVQ\t$1, DX'); p.call('read')
p.t('RET')
p.raw('')
p.raw('TEXT main·echo(SB),$16-0')
p.label('eloop')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chansend1')
p.t('JMP\teloop')
p.raw('')
p.raw('TEXT main·main(SB),$32-0')
p.makechan('main·c(SB)', 8, 0)
p.go('reader')
p.call('Gosched')
p.go('echo')
p.t('MOVQ\t$0, 0(SP)')
p.label('mloop')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chansend1')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.t('INCQ\t0(SP)'); p.t('CMPQ\t0(SP), $1000'); p.t('JLT\tmloop')
p.println(('s','main done'), ('i','0(SP)'))
p.t('RET')
p.fv('reader'); p.fv('echo'); p.glob('c')
p.write()

# ---- 100k parked goroutines
p = P('conc_park', ['2000 goroutines park on one channel receive (runtime/README.md',
    'measures the idle memory with 100000: change both 2000s); close wakes',
    'them all and each reports on done. Matches conc_park.go.'])
p.raw('TEXT main·waiter(SB),$16-0')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.t('MOVQ\t$1, 0(SP)')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chansend1')
p.t('RET')
p.raw('')
p.raw('TEXT main·main(SB),$32-0')
p.makechan('main·c(SB)', 8, 0); p.makechan('main·done(SB)', 8, 0)
p.t('MOVQ\t$0, 0(SP)')
p.label('gloop')
p.go('waiter')
p.t('INCQ\t0(SP)'); p.t('CMPQ\t0(SP), $2000'); p.t('JLT\tgloop')
p.t('MOVQ\t$5000000, DI'); p.call('timeSleep')
p.t('MOVQ\tmain·c(SB), DI'); p.call('closechan')
p.t('MOVQ\t$0, 0(SP)'); p.t('MOVQ\t$0, 8(SP)')
p.label('wloop')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t16(SP), SI'); p.call('chanrecv1')
p.t('MOVQ\t16(SP), AX'); p.t('ADDQ\tAX, 8(SP)')
p.t('INCQ\t0(SP)'); p.t('CMPQ\t0(SP), $2000'); p.t('JLT\twloop')
p.println(('s','done'), ('i','8(SP)'))
p.t('RET')
p.fv('waiter'); p.glob('c'); p.glob('done')
p.write()

# ---- timers
p = P('conc_timer', ['the time package\'s timers from the runtime side, driven as',
    'time.NewTimer, Stop, Reset, NewTicker and AfterFunc drive them: a',
    'runtimeTimer (Go 1.19 layout: pp 0, when 8, period 16, f 24, arg 32/40,',
    'seq 48, nextwhen 56, status 64) armed with time.startTimer and friends',
    '(ABIInternal: AX, BX); sysmon calls f(arg, seq) as Go code: sendtime does',
    'a non-blocking send of seq on the channel arg, gofunc starts arg as a',
    'goroutine. Matches conc_timer.go.'])
p.raw('// sendtime(argtype AX, c BX, seq CX): like time.sendTime.')
p.raw('TEXT main·sendtime(SB),$16-0')
p.t('MOVQ\tCX, 0(SP)'); p.t('MOVQ\tBX, DI'); p.t('LEAQ\t0(SP), SI'); p.call('selectnbsend')
p.t('RET')
p.raw('')
p.raw('// gofunc(argtype AX, fn BX, seq CX): like time.goFunc.')
p.raw('TEXT main·gofunc(SB),$16-0')
p.t('MOVQ\tBX, DI'); p.call('newproc')
p.t('RET')
p.raw('')
p.raw('TEXT main·ping(SB),$16-0')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chansend1')
p.t('RET')
p.raw('')
p.raw('// arm(t DI, d SI, period DX, f CX, arg R8): fill in t and start it.')
p.raw('TEXT main·arm(SB),$32-0')
p.t('MOVQ\tDI, 0(SP)'); p.t('MOVQ\tSI, 8(SP)')
p.t('MOVQ\tDX, 16(DI)'); p.t('MOVQ\tCX, 24(DI)'); p.t('MOVQ\tR8, 40(DI)'); p.t('MOVQ\t$1, 32(DI)')
p.t('CALL\truntime·nanotime(SB)'); p.t('ADDQ\t8(SP), AX'); p.t('MOVQ\t0(SP), BX'); p.t('MOVQ\tAX, 8(BX)')
p.t('MOVQ\tBX, AX'); p.t('CALL\ttime·startTimer(SB)')
p.t('RET')
p.raw('')
p.raw('TEXT main·main(SB),$32-0')
p.makechan('main·c1(SB)', 8, 1); p.makechan('main·done(SB)', 8, 0)
# NewTimer(5ms); <-t.C
p.t('LEAQ\tmain·t1(SB), DI'); p.t('MOVQ\t$5000000, SI'); p.t('MOVQ\t$0, DX'); p.t('LEAQ\tsendtimefv<>(SB), CX'); p.t('MOVQ\tmain·c1(SB), R8')
p.t('CALL\tmain·arm(SB)')
p.t('MOVQ\tmain·c1(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.println(('s', 'timer fired'))
# NewTimer(1h); Stop twice
p.t('LEAQ\tmain·t2(SB), DI'); p.t('MOVQ\t$3600000000000, SI'); p.t('MOVQ\t$0, DX'); p.t('LEAQ\tsendtimefv<>(SB), CX'); p.t('MOVQ\tmain·c1(SB), R8')
p.t('CALL\tmain·arm(SB)')
p.t('LEAQ\tmain·t2(SB), AX'); p.t('CALL\ttime·stopTimer(SB)'); p.t('MOVB\tAL, 8(SP)')
p.println(('s', 'stop'), ('b', '8(SP)'))
p.t('LEAQ\tmain·t2(SB), AX'); p.t('CALL\ttime·stopTimer(SB)'); p.t('MOVB\tAL, 8(SP)')
p.println(('s', 'stop again'), ('b', '8(SP)'))
# t1.Reset(1ms)
p.t('CALL\truntime·nanotime(SB)'); p.t('LEAQ\t1000000(AX), BX'); p.t('LEAQ\tmain·t1(SB), AX'); p.t('CALL\ttime·resetTimer(SB)'); p.t('MOVB\tAL, 8(SP)')
p.println(('s', 'reset'), ('b', '8(SP)'))
p.t('MOVQ\tmain·c1(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.println(('s', 'reset fired'))
# NewTicker(1ms): 5 ticks, Stop
p.t('LEAQ\tmain·t3(SB), DI'); p.t('MOVQ\t$1000000, SI'); p.t('MOVQ\t$1000000, DX'); p.t('LEAQ\tsendtimefv<>(SB), CX'); p.t('MOVQ\tmain·c1(SB), R8')
p.t('CALL\tmain·arm(SB)')
p.t('MOVQ\t$0, 16(SP)')
p.label('tick')
p.t('MOVQ\tmain·c1(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.t('INCQ\t16(SP)'); p.t('CMPQ\t16(SP), $5'); p.t('JLT\ttick')
p.t('LEAQ\tmain·t3(SB), AX'); p.t('CALL\ttime·stopTimer(SB)')
p.println(('s', 'ticks'), ('i', '16(SP)'))
# AfterFunc(1ms, ping)
p.t('LEAQ\tmain·t4(SB), DI'); p.t('MOVQ\t$1000000, SI'); p.t('MOVQ\t$0, DX'); p.t('LEAQ\tgofuncfv<>(SB), CX'); p.t('LEAQ\tpingfv<>(SB), R8')
p.t('CALL\tmain·arm(SB)')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.println(('s', 'afterfunc'))
p.t('RET')
p.fv('sendtime'); p.fv('gofunc'); p.fv('ping'); p.glob('c1'); p.glob('done')
for t in ('t1', 't2', 't3', 't4'):
    p.data.append('GLOBL\tmain·%s(SB), NOPTR, $72' % t)
p.write()

# ---- channels under the collector
p = P('conc_gc', ['channels and the collector: a producer sends 200000 freshly',
    'allocated 256-byte objects (runtime.newobject: about a dozen collections)',
    'through a 64-slot channel, each holding its index in its first and last',
    'word; main checks them and closes the loop. Objects in flight live only',
    'in the channel buffer or a parked sender\'s stack. A third goroutine sits',
    'in runtime.read meanwhile (stop-the-world takes its P). Matches conc_gc.go.'])
p.raw('TEXT main·reader(SB),$16-0')
p.t('MOVQ\t$0, DI'); p.t('LEAQ\t0(SP), SI'); p.t('MOVQ\t$1, DX'); p.call('read')
p.t('RET')
p.raw('')
p.raw('TEXT main·produce(SB),$16-0')
p.t('MOVQ\t$0, 8(SP)')
p.label('ploop')
p.t('MOVQ\t$256, DI'); p.call('newobject')
p.t('MOVQ\t8(SP), BX'); p.t('MOVQ\tBX, 0(AX)'); p.t('MOVQ\tBX, 248(AX)'); p.t('MOVQ\tAX, 0(SP)')
p.t('MOVQ\t$0, AX')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chansend1')
p.t('INCQ\t8(SP)'); p.t('CMPQ\t8(SP), $200000'); p.t('JLT\tploop')
p.t('MOVQ\tmain·c(SB), DI'); p.call('closechan')
p.t('RET')
p.raw('')
p.raw('TEXT main·main(SB),$48-0')
p.go('reader'); p.call('Gosched')
p.makechan('main·c(SB)', 8, 64)
p.go('produce')
p.t('MOVQ\t$0, 0(SP)\t// n'); p.t('MOVQ\t$0, 8(SP)\t// sum'); p.t('MOVQ\t$0, 16(SP)\t// bad')
p.label('mloop')
p.t('MOVQ\tmain·c(SB), DI'); p.t('LEAQ\t24(SP), SI'); p.call('chanrecv2')
p.t('TESTB\tAL, AL'); p.t('JEQ\tclosed')
p.t('MOVQ\t24(SP), BX'); p.t('MOVQ\t0(BX), AX'); p.t('CMPQ\tAX, 0(SP)'); p.t('JNE\twrong')
p.t('CMPQ\t248(BX), AX'); p.t('JEQ\tright')
p.label('wrong')
p.t('INCQ\t16(SP)')
p.label('right')
p.t('ADDQ\tAX, 8(SP)'); p.t('INCQ\t0(SP)'); p.t('JMP\tmloop')
p.label('closed')
p.println(('s','n'), ('i','0(SP)'), ('s','sum'), ('i','8(SP)'), ('s','bad'), ('i','16(SP)'))
p.t('RET')
p.fv('reader'); p.fv('produce'); p.glob('c')
p.write()

# ---- select woken by a timer (sysmon's M wins the select)
p = P('conc_seltimer', ['a select woken by a timer: main waits in selectgo on a channel',
    'nobody sends on and on the channel of a timer (as with time.After);',
    'sysmon fires the timer, whose function sends without blocking and so',
    'wins the select from another M. Then the same with a nil channel case.',
    'Frame: 0 v, 16 cases [2]{c, elem}, 48 order, 56 result.',
    'Matches conc_seltimer.go.'])
p.raw('// sendtime(argtype AX, c BX, seq CX): like time.sendTime.')
p.raw('TEXT main·sendtime(SB),$16-0')
p.t('MOVQ\tCX, 0(SP)'); p.t('MOVQ\tBX, DI'); p.t('LEAQ\t0(SP), SI'); p.call('selectnbsend')
p.t('RET')
p.raw('')
p.raw('// after(t DI, d SI, c DX): arm t to send on c after d.')
p.raw('TEXT main·after(SB),$32-0')
p.t('MOVQ\tDI, 0(SP)'); p.t('MOVQ\tSI, 8(SP)')
p.t('LEAQ\tsendtimefv<>(SB), AX'); p.t('MOVQ\tAX, 24(DI)'); p.t('MOVQ\tDX, 40(DI)'); p.t('MOVQ\t$1, 32(DI)')
p.t('CALL\truntime·nanotime(SB)'); p.t('ADDQ\t8(SP), AX'); p.t('MOVQ\t0(SP), BX'); p.t('MOVQ\tAX, 8(BX)')
p.t('MOVQ\tBX, AX'); p.t('CALL\ttime·startTimer(SB)')
p.t('RET')
p.raw('')
def selround(p, first, d, tag, msg0, msg1):
    p.makechan('main·tc(SB)', 8, 1)
    p.t('LEAQ\tmain·%s(SB), DI' % tag); p.t('MOVQ\t$%d, SI' % d); p.t('MOVQ\tmain·tc(SB), DX'); p.t('CALL\tmain·after(SB)')
    p.t('MOVQ\t%s, AX' % first); p.t('MOVQ\tAX, 16(SP)'); p.t('LEAQ\t0(SP), AX'); p.t('MOVQ\tAX, 24(SP)')
    p.t('MOVQ\tmain·tc(SB), AX'); p.t('MOVQ\tAX, 32(SP)'); p.t('LEAQ\t0(SP), AX'); p.t('MOVQ\tAX, 40(SP)')
    p.t('LEAQ\t16(SP), DI'); p.t('LEAQ\t48(SP), SI'); p.t('MOVQ\t$0, DX'); p.t('MOVQ\t$2, CX'); p.t('MOVQ\t$1, R8')
    p.call('selectgo')
    p.t('CMPQ\tAX, $1'); p.t('JEQ\t%sok' % tag)
    p.println(('s', msg0)); p.t('JMP\t%sdone' % tag)
    p.label(tag + 'ok'); p.println(('s', msg1))
    p.label(tag + 'done')
p.raw('TEXT main·main(SB),$64-0')
p.makechan('main·c2(SB)', 8, 0)
selround(p, 'main·c2(SB)', 5000000, 't1', 'c2', 'timeout')
selround(p, '$0', 1000000, 't2', 'nil', 'timeout 2')
p.t('RET')
p.fv('sendtime'); p.glob('c2'); p.glob('tc')
for t in ('t1', 't2'):
    p.data.append('GLOBL\tmain·%s(SB), NOPTR, $72' % t)
p.write()

# ---- makechan with a negative size
p = P('conc_makechan', ['make(chan int, n) with n < 0 panics "makechan: size out of',
    'range". Matches conc_makechan.go.'])
p.raw('TEXT main·main(SB),$16-0')
p.t('MOVQ\t$8, DI'); p.t('MOVQ\t$-1, SI'); p.call('makechan')
p.t('RET')
p.write()

# ---- timers firing while the collector runs
p = P('conc_tickgc', ['timers and the collector: a 50 µs ticker (a periodic runtime',
    'timer whose function sysmon runs) keeps firing into a 1-slot channel that',
    'a goroutine drains, while main allocates 200000 256-byte objects (a dozen',
    'collections, each stopping the world while sysmon wants to run the',
    'ticker) and checks each. Matches conc_tickgc.go.'])
p.raw('TEXT main·sendtime(SB),$16-0')
p.t('MOVQ\tCX, 0(SP)'); p.t('MOVQ\tBX, DI'); p.t('LEAQ\t0(SP), SI'); p.call('selectnbsend')
p.t('RET')
p.raw('')
p.raw('TEXT main·drain(SB),$16-0')
p.label('dloop')
p.t('MOVQ\tmain·tc(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.t('JMP\tdloop')
p.raw('')
p.raw('TEXT main·main(SB),$32-0')
p.makechan('main·tc(SB)', 8, 1)
p.t('LEAQ\tmain·tk(SB), BX')
p.t('LEAQ\tsendtimefv<>(SB), AX'); p.t('MOVQ\tAX, 24(BX)'); p.t('MOVQ\tmain·tc(SB), AX'); p.t('MOVQ\tAX, 40(BX)'); p.t('MOVQ\t$1, 32(BX)')
p.t('MOVQ\t$50000, 16(BX)')
p.t('CALL\truntime·nanotime(SB)'); p.t('ADDQ\t$50000, AX'); p.t('LEAQ\tmain·tk(SB), BX'); p.t('MOVQ\tAX, 8(BX)')
p.t('MOVQ\tBX, AX'); p.t('CALL\ttime·startTimer(SB)')
p.go('drain')
p.t('MOVQ\t$0, 0(SP)'); p.t('MOVQ\t$0, 8(SP)')
p.label('aloop')
p.t('MOVQ\t$256, DI'); p.call('newobject')
p.t('MOVQ\t0(SP), BX'); p.t('MOVQ\tBX, 0(AX)'); p.t('MOVQ\tBX, 248(AX)'); p.t('MOVQ\tAX, 16(SP)')
p.t('MOVQ\t$256, DI'); p.call('newobject')
p.t('MOVQ\t16(SP), BX'); p.t('MOVQ\t0(BX), CX'); p.t('CMPQ\tCX, 0(SP)'); p.t('JNE\tbad'); p.t('CMPQ\t248(BX), CX'); p.t('JEQ\tgood')
p.label('bad')
p.t('INCQ\t8(SP)')
p.label('good')
p.t('INCQ\t0(SP)'); p.t('CMPQ\t0(SP), $100000'); p.t('JLT\taloop')
p.t('LEAQ\tmain·tk(SB), AX'); p.t('CALL\ttime·stopTimer(SB)')
p.println(('s','n'), ('i','0(SP)'), ('s','bad'), ('i','8(SP)'))
p.t('RET')
p.fv('sendtime'); p.fv('drain'); p.glob('tc')
p.data.append('GLOBL\tmain·tk(SB), NOPTR, $72')
p.write()

# ---- notify lists (sync.Cond)
p = P('conc_cond', ['the notify lists of sync.Cond: three goroutines take a ticket',
    '(sync.runtime_notifyListAdd) and wait for it (notifyListWait, wait reason',
    '"sync.Cond.Wait"); NotifyOne wakes one, NotifyAll the other two. The',
    'shims are ABIInternal (AX, BX). Matches conc_cond.go.'])
p.raw('TEXT main·waiter(SB),$16-0')
p.t('LEAQ\tmain·l(SB), AX'); p.t('CALL\tsync·runtime_notifyListAdd(SB)')
p.t('MOVL\tAX, BX'); p.t('LEAQ\tmain·l(SB), AX'); p.t('CALL\tsync·runtime_notifyListWait(SB)')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chansend1')
p.t('RET')
p.raw('')
p.raw('TEXT main·main(SB),$16-0')
p.makechan('main·done(SB)', 8, 0)
p.go('waiter'); p.go('waiter'); p.go('waiter')
p.t('MOVQ\t$5000000, DI'); p.call('timeSleep')
p.t('LEAQ\tmain·l(SB), AX'); p.t('CALL\tsync·runtime_notifyListNotifyOne(SB)')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.println(('s', 'one'))
p.t('LEAQ\tmain·l(SB), AX'); p.t('CALL\tsync·runtime_notifyListNotifyAll(SB)')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.t('MOVQ\tmain·done(SB), DI'); p.t('LEAQ\t0(SP), SI'); p.call('chanrecv1')
p.println(('s', 'all'))
p.t('RET')
p.fv('waiter'); p.glob('done')
p.data.append('GLOBL\tmain·l(SB), NOPTR, $32')
p.write()

p = P('conc_conddead', ['main waits on a sync.Cond nobody signals: the deadlock report',
    'says "sync.Cond.Wait". Matches conc_conddead.go.'])
p.raw('TEXT main·main(SB),$16-0')
p.t('LEAQ\tmain·l(SB), AX'); p.t('CALL\tsync·runtime_notifyListAdd(SB)')
p.t('MOVL\tAX, BX'); p.t('LEAQ\tmain·l(SB), AX'); p.t('CALL\tsync·runtime_notifyListWait(SB)')
p.t('RET')
p.data.append('GLOBL\tmain·l(SB), NOPTR, $32')
p.write()
