// Differential test of gocc/os against Go's os (needs real Go: sh std/verify.sh os):
// error numbers' texts, and the results and error texts of file operations
// done with both packages on the same paths.
package main

import (
	"errors"
	"fmt"
	realos "os"
	"path/filepath"
	"syscall"

	ours "gocc/os"
)

var cases, bad int

func check(what string, got, want any) {
	cases++
	g, w := fmt.Sprint(got), fmt.Sprint(want)
	if g != w {
		bad++
		fmt.Printf("MISMATCH %s\n   ours: %q\n    go: %q\n", what, g, w)
	}
}

func errStr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	for n := 1; n <= 40; n++ {
		if n == 41 {
			continue
		}
		check(fmt.Sprint("errno ", n), ours.ErrnoString(n), syscall.Errno(n).Error())
	}
	dir, err := realos.MkdirTemp("", "goccos")
	if err != nil {
		panic(err)
	}
	defer realos.RemoveAll(dir)
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	missing := filepath.Join(dir, "nope", "x")

	// ReadFile / WriteFile / errors
	for _, p := range []string{missing, dir, "/proc/self/nonexistent", ""} {
		_, e1 := ours.ReadFile(p)
		_, e2 := realos.ReadFile(p)
		check("ReadFile "+p, errStr(e1), errStr(e2))
		check("IsNotExist "+p, ours.IsNotExist(e1), realos.IsNotExist(e2))
		check("errors.Is NotExist "+p, errors.Is(e1, ours.ErrNotExist), errors.Is(e2, realos.ErrNotExist))
	}
	check("WriteFile missing", errStr(ours.WriteFile(missing, []byte("x"), 0644)), errStr(realos.WriteFile(missing, []byte("x"), 0644)))
	check("WriteFile a", errStr(ours.WriteFile(a, []byte("hello\nworld\n"), 0600)), "<nil>")
	d1, e1 := ours.ReadFile(a)
	d2, e2 := realos.ReadFile(a)
	check("ReadFile a", string(d1)+errStr(e1), string(d2)+errStr(e2))
	st, _ := realos.Stat(a)
	check("mode", st.Mode().Perm(), realos.FileMode(0600))

	// Open, Read in pieces, Seek, Close twice, use after close
	f1, e1 := ours.Open(a)
	f2, e2 := realos.Open(a)
	check("Open", errStr(e1), errStr(e2))
	buf1, buf2 := make([]byte, 5), make([]byte, 5)
	for i := 0; i < 5; i++ {
		n1, e1 := f1.Read(buf1)
		n2, e2 := f2.Read(buf2)
		check(fmt.Sprint("Read ", i), fmt.Sprint(n1, string(buf1[:n1]), errStr(e1)), fmt.Sprint(n2, string(buf2[:n2]), errStr(e2)))
	}
	o1, e1 := f1.Seek(-3, 2)
	o2, e2 := f2.Seek(-3, 2)
	check("Seek", fmt.Sprint(o1, errStr(e1)), fmt.Sprint(o2, errStr(e2)))
	_, e1 = f1.Seek(-100, 0)
	_, e2 = f2.Seek(-100, 0)
	check("Seek bad", errStr(e1), errStr(e2))
	_, e1 = f1.Write([]byte("x"))
	_, e2 = f2.Write([]byte("x"))
	check("Write read-only", errStr(e1), errStr(e2))
	check("Close", errStr(f1.Close()), errStr(f2.Close()))
	check("Close again", errStr(f1.Close()), errStr(f2.Close()))
	_, e1 = f1.Read(buf1)
	_, e2 = f2.Read(buf2)
	check("Read closed", errStr(e1), errStr(e2))
	var nf1 *ours.File
	var nf2 *realos.File
	_, e1 = nf1.Read(buf1)
	_, e2 = nf2.Read(buf2)
	check("Read nil", errStr(e1), errStr(e2))

	// Create, OpenFile flags
	c1, e1 := ours.OpenFile(a, ours.O_CREATE|ours.O_EXCL|ours.O_WRONLY, 0644)
	c2, e2 := realos.OpenFile(a, realos.O_CREATE|realos.O_EXCL|realos.O_WRONLY, 0644)
	check("O_EXCL", errStr(e1), errStr(e2))
	check("O_EXCL Is", errors.Is(e1, ours.ErrExist), errors.Is(e2, realos.ErrExist))
	check("IsExist", ours.IsExist(e1), realos.IsExist(e2))
	_ = c1
	_ = c2
	g1, _ := ours.Create(b)
	g1.WriteString("one ")
	g1.Write([]byte("two"))
	g1.Close()
	h1, _ := ours.OpenFile(b, ours.O_APPEND|ours.O_WRONLY, 0)
	h1.WriteString(" three")
	h1.Close()
	d1, _ = realos.ReadFile(b)
	check("Create/append", string(d1), "one two three")
	_, e1 = ours.Open(dir + "/a.txt/sub")
	_, e2 = realos.Open(dir + "/a.txt/sub")
	check("Open under file", errStr(e1), errStr(e2))
	check("Remove", errStr(ours.Remove(b)), "<nil>")
	check("Remove again", errStr(ours.Remove(b)), errStr(realos.Remove(b)))
	sub := filepath.Join(dir, "sub")
	realos.Mkdir(sub, 0755)
	check("Remove dir", errStr(ours.Remove(sub)), "<nil>")
	realos.Mkdir(sub, 0755)
	realos.WriteFile(filepath.Join(sub, "f"), nil, 0644)
	e1 = ours.Remove(sub)
	e2 = realos.Remove(sub)
	check("Remove nonempty", errStr(e1), errStr(e2))

	// Environment and arguments
	realos.Setenv("GOCC_OS_VERIFY", "v=1")
	check("Args", fmt.Sprint(ours.Args), fmt.Sprint(realos.Args))
	check("Getenv HOME", ours.Getenv("HOME"), realos.Getenv("HOME"))
	v1, ok1 := ours.LookupEnv("GOCC_NOT_SET_X")
	v2, ok2 := realos.LookupEnv("GOCC_NOT_SET_X")
	check("LookupEnv unset", fmt.Sprint(v1, ok1), fmt.Sprint(v2, ok2))
	check("Environ len", len(ours.Environ()) > 0, true)

	fmt.Printf("os: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		realos.Exit(1)
	}
}
