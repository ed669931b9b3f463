package main

import (
	"bytes"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.Print("hello ", 3, 4)
	log.Printf("x=%d s=%q", 5, "q")
	log.Println("a", 1, true)
	log.SetPrefix("pfx: ")
	log.Print("with prefix\n")
	log.SetFlags(log.Lmsgprefix)
	log.Print("msgprefix")
	println(log.Flags(), log.Prefix(), log.LstdFlags, log.Ldate, log.Lmicroseconds, log.LUTC)
	var buf bytes.Buffer
	l := log.New(&buf, "[L] ", 0)
	l.Println("to buffer")
	l.Printf("")
	print(buf.String())
	println(l.Writer() == &buf, log.Writer() == os.Stderr, log.Default() != nil)
	log.SetOutput(os.Stdout)
	log.SetPrefix("")
	log.SetFlags(0)
	log.Print("to stdout")
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		log.Panicf("boom %d", 7)
	}()
	log.Fatalln("fatal", "end")
	println("not reached")
}
