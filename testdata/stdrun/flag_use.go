package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	verbose := fs.Bool("v", false, "verbose output")
	n := fs.Int("n", 10, "how many `items`")
	name := fs.String("name", "world", "who to greet")
	wait := fs.Duration("wait", 2*time.Second, "pause")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	var tags list
	fs.Var(&tags, "tag", "repeatable tag")
	fs.Func("check", "validated value", func(s string) error {
		if s == "bad" {
			return errors.New("not allowed")
		}
		return nil
	})
	err := fs.Parse([]string{"-v", "-n=3", "--name", "gopher", "-tag", "a", "-tag=b", "-wait", "1m30s", "rest", "-x"})
	fmt.Println(err, *verbose, *n, *name, *wait, *ratio, tags, fs.Args(), fs.NArg(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	for _, args := range [][]string{{"-n", "x"}, {"-undefined"}, {"-check", "bad"}, {"-h"}, {"-v=maybe"}, {"-n"}} {
		fs2 := flag.NewFlagSet("t2", flag.ContinueOnError)
		fs2.SetOutput(os.Stdout)
		fs2.Int("n", 0, "number")
		fs2.Bool("v", false, "flag")
		fs2.Func("check", "validated", func(s string) error { return errors.New("not allowed") })
		fmt.Println("->", fs2.Parse(args))
	}
	fs.PrintDefaults()
}
