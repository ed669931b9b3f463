package main

import (
	"fmt"
	"log"
	"path/filepath"
	"runtime"
	"strings"
)

// self is this file's name (the runner may rename it); output shows SELF.
var self string

func short(file string) string {
	if b := filepath.Base(file); b != self {
		return b
	}
	return "SELF"
}

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s:%d %v", short(file), line, ok)
}

type T struct{}

func (T) m() string { return where() }

func (*T) pm() string {
	pc, _, _, _ := runtime.Caller(0)
	return runtime.FuncForPC(pc).Name()
}

func deep(n int) string {
	if n == 0 {
		pcs := make([]uintptr, 8)
		k := runtime.Callers(1, pcs)
		frames := runtime.CallersFrames(pcs[:k])
		var names []string
		for {
			fr, more := frames.Next()
			if strings.HasPrefix(fr.Function, "main.") {
				names = append(names, fmt.Sprintf("%s@%d", fr.Function, fr.Line))
			}
			if !more {
				break
			}
		}
		return strings.Join(names, " ")
	}
	return deep(n - 1)
}

func helper() int { return 42 }

func main() {
	_, file, _, _ := runtime.Caller(0)
	self = filepath.Base(file)
	fmt.Println(where())
	fmt.Println(T{}.m())
	fmt.Println((&T{}).pm())
	pc, file, line, ok := runtime.Caller(0)
	fmt.Println(short(file), line, ok, runtime.FuncForPC(pc).Name())
	fmt.Println(deep(3))
	_, _, _, ok = runtime.Caller(100)
	fmt.Println("deep skip ok:", ok)
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.Callers(0, nil))

	f := runtime.FuncForPC(pc)
	fmt.Println(f == runtime.FuncForPC(f.Entry()), f.Entry() <= pc)
	var fn func() int = helper
	_ = fn

	var b strings.Builder
	log.SetFlags(log.Lshortfile)
	log.SetOutput(&b)
	log.Println("short file")
	log.Printf("and %s", "printf")
	l := log.New(&b, "pfx ", log.Lshortfile|log.Lmsgprefix)
	l.Print("logger")
	log.SetFlags(log.Llongfile)
	log.Print("long")
	log.Output(1, "via Output")
	for _, s := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		name, rest, _ := strings.Cut(s, ":")
		fmt.Println(short(name)+":"+rest, strings.HasSuffix(name, self))
	}
}
