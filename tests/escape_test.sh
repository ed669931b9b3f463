#!/usr/bin/env bash
# escape_test.sh - the escape analysis (compiler/escape.c): the decisions
# `gocc tool compile -m` prints for small programs, and what they mean for
# the code (no runtime.newobject for a variable kept in the frame).
#
# Expected -m lines were produced by Go 1.19 (`go tool compile -m -l`,
# inlining off so that decisions are per function, as ours are) and kept
# only where gocc decides the same. Where gocc is more conservative than Go
# the case says so and asserts gocc's own (safe) decision; Go's line is in
# the comment. Go also prints lines gocc does not produce at all ("func
# literal escapes to heap", "make([]int, 10) does not escape"); those are
# left out of the expectations.
# Prints "ok escape/NAME" or "FAIL escape/NAME: why".
set -u
cd "$(dirname "$0")/.."
GOCC=${GOCC:-$PWD/bin/gocc}
tmp=$(mktemp -d /tmp/gocc-esctest-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# check NAME FLAGS: compiles $tmp/NAME.go (from stdin) with FLAGS and
# compares stdout with $tmp/NAME.want.
check() {
    local name=$1 flags=$2
    cat >"$tmp/$name.go"
    if ! (cd "$tmp" && "$GOCC" tool compile $flags -o "$name.s" "$name.go" >"$name.got" 2>"$name.err"); then
        echo "FAIL escape/$name: compile failed: $(head -2 "$tmp/$name.err" | tr '\n' ' ')"
        return 1
    fi
    if ! cmp -s "$tmp/$name.want" "$tmp/$name.got"; then
        echo "FAIL escape/$name: $(diff "$tmp/$name.want" "$tmp/$name.got" | head -6 | tr '\n' '|')"
        return 1
    fi
    return 0
}

# want NAME: the expected output, from stdin.
want() { cat >"$tmp/$1.want"; }

# no_alloc NAME FUNC: FUNC's assembly calls neither newobject nor mallocgc.
no_alloc() {
    local body
    body=$(awk -v f="TEXT main.$2(SB)" 'index($0, f) == 1 { on = 1; next } /^TEXT/ { on = 0 } on' "$tmp/$1.s")
    if [ -z "$body" ]; then
        echo "FAIL escape/$1: no function main.$2 in the assembly"
    elif grep -q 'runtime\.\(newobject\|mallocgc\)' <<<"$body"; then
        echo "FAIL escape/$1: main.$2 still allocates"
    else
        echo "ok escape/$1"
    fi
}

# has_alloc NAME FUNC: FUNC's assembly does allocate (the variable escapes).
has_alloc() {
    if awk -v f="TEXT main.$2(SB)" 'index($0, f) == 1 { on = 1; next } /^TEXT/ { on = 0 } on' "$tmp/$1.s" |
        grep -q 'runtime\.newobject'; then
        echo "ok escape/$1"
    else
        echo "FAIL escape/$1: main.$2 should allocate"
    fi
}

ok_if() { if [ "$2" = 0 ]; then echo "ok escape/$1"; fi; }

# &x passed to a function that only dereferences it.
want nonleak <<'EOF'
nonleak.go:3:11: p does not escape
EOF
check nonleak -m <<'EOF' && no_alloc nonleak main
package main

func incr(p *int) { *p++ }

func main() {
	x := 1
	incr(&x)
	println(x)
}
EOF

# a parameter stored in a global leaks, and so does what it points to.
want global <<'EOF'
global.go:5:11: leaking param: p
global.go:8:2: moved to heap: y
EOF
check global -m <<'EOF' && has_alloc global main
package main

var g *int

func keep(p *int) { g = p }

func main() {
	y := 2
	keep(&y)
	println(*g)
}
EOF

want ret <<'EOF'
ret.go:6:6: moved to heap: t
EOF
check ret -m <<'EOF'; ok_if ret $?
package main

type T struct{ a, b int }

func mk() *T {
	var t T
	t.a = 1
	return &t
}

func main() { println(mk().a) }
EOF

# pointer-receiver methods: implicit &t, a summary per receiver.
want method <<'EOF'
method.go:7:7: t does not escape
method.go:8:7: leaking param: t
method.go:12:2: moved to heap: u
EOF
check method -m <<'EOF'; ok_if method $?
package main

type T struct{ a, b int }

var g *int

func (t *T) sum() int { return t.a + t.b }
func (t *T) leak()    { g = &t.b }

func main() {
	var t T
	u := T{1, 2}
	println(t.sum())
	u.leak()
	println(*g)
}
EOF

want slice <<'EOF'
slice.go:4:6: moved to heap: a
EOF
check slice -m <<'EOF'; ok_if slice $?
package main

func sl() []int {
	var a [4]int
	a[1] = 5
	return a[:]
}

func main() { println(sl()[1]) }
EOF

want closure <<'EOF'
closure.go:4:2: moved to heap: n
EOF
check closure -m <<'EOF'; ok_if closure $?
package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() { println(counter()()) }
EOF

# summaries through (mutual) recursion: a fixpoint.
want recur <<'EOF'
recur.go:3:11: p does not escape
recur.go:11:10: q does not escape
recur.go:20:8: leaking param: p
recur.go:26:8: leaking param: q
recur.go:34:2: moved to heap: d
EOF
check recur -m <<'EOF'; ok_if recur $?
package main

func even(p *int, n int) bool {
	if n == 0 {
		return true
	}
	*p++
	return odd(p, n-1)
}

func odd(q *int, n int) bool {
	if n == 0 {
		return false
	}
	return even(q, n-1)
}

var g *int

func a(p *int, n int) {
	if n > 0 {
		b(p, n-1)
	}
}

func b(q *int, n int) {
	g = q
	a(q, n)
}

func main() {
	c := 0
	println(even(&c, 5), c)
	d := 0
	a(&d, 3)
	println(*g)
}
EOF

want iface <<'EOF'
iface.go:6:2: moved to heap: x
EOF
check iface -m <<'EOF'; ok_if iface $?
package main

var gi interface{}

func main() {
	x := 3
	gi = &x
	println(x)
}
EOF

# structs and arrays declared in a loop: one frame slot, no allocation.
want loop <<'EOF'
loop.go:5:7: v does not escape
EOF
check loop -m <<'EOF' && no_alloc loop main
package main

type V struct{ x, y int }

func (v *V) add(w V) {
	v.x += w.x
	v.y += w.y
}

func main() {
	var acc V
	for i := 0; i < 3; i++ {
		d := V{i, i * 2}
		acc.add(d)
		var arr [8]int
		arr[i] = i
		println(arr[i])
	}
	println(acc.x, acc.y)
}
EOF

# go statements save the receiver. gocc is more conservative for defer:
# Go keeps v in the frame (no line); gocc moves it to the heap.
want gostmt <<'EOF'
gostmt.go:5:7: w does not escape
gostmt.go:8:6: moved to heap: w
gostmt.go:10:6: moved to heap: v
EOF
check gostmt -m <<'EOF'; ok_if gostmt $?
package main

type W struct{ n int }

func (w *W) run() { w.n++ }

func main() {
	var w W
	go w.run()
	var v W
	defer v.run()
	println(w.n, v.n)
}
EOF

# More conservative than Go: an address stored in a local pointer
# variable counts as escaping (Go prints nothing: x stays in the frame).
want localptr <<'EOF'
localptr.go:4:2: moved to heap: x
EOF
check localptr -m <<'EOF'; ok_if localptr $?
package main

func main() {
	x := 1
	p := &x
	*p = 2
	println(x)
}
EOF

# -d escape also names the variables kept in the frame (not a Go format).
want verbose <<'EOF'
verbose.go:5:8: p does not escape
verbose.go:10:6: a does not escape
verbose.go:11:2: s does not escape
EOF
check verbose "-d escape" <<'EOF' && no_alloc verbose main
package main

var g = 1

func f(p *[4]int) int {
	return p[1]
}

func main() {
	var a [4]int
	s := struct{ x, y int }{1, 2}
	println(f(&a), s.x)
}
EOF
