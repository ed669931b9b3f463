// recover() in methods and MakeFunc functions that a deferred
// reflect-made func value calls, and panics passing through reflect calls.
package main

import (
	"errors"
	"reflect"
)

type R struct{ tag string }

func (r R) Catch() {
	if v := recover(); v != nil {
		println(r.tag, "recovered", v.(string))
	} else {
		println(r.tag, "nothing")
	}
}

func (r *R) PCatch() {
	println(r.tag, "ptr recovered", recover().(string))
}

func (r R) Boom(msg string) int { panic(errors.New(msg)) }

func viaValueMethod() {
	defer reflect.ValueOf(R{"value"}).MethodByName("Catch").Interface().(func())()
	panic("p1")
}

func viaPtrMethod() {
	defer reflect.ValueOf(&R{"pointer"}).MethodByName("PCatch").Interface().(func())()
	panic("p2")
}

func viaFunc() {
	m, _ := reflect.TypeOf(R{}).MethodByName("Catch")
	defer m.Func.Interface().(func(R))(R{"func"})
	panic("p3")
}

func viaMakeFunc() {
	f := reflect.MakeFunc(reflect.TypeOf(func(int) {}), func(in []reflect.Value) []reflect.Value {
		println("makefunc recovered", recover().(string), in[0].Int())
		return nil
	}).Interface().(func(int))
	defer f(7)
	panic("p4")
}

func notDirect() {
	defer func() {
		println("outer recovered", recover().(string))
	}()
	defer func() {
		// Catch is not called directly by the deferred function: no recovery.
		reflect.ValueOf(R{"nested"}).MethodByName("Catch").Call(nil)
	}()
	panic("p5")
}

func through() {
	defer func() {
		println("through:", recover().(error).Error())
	}()
	reflect.ValueOf(R{}).MethodByName("Boom").Call([]reflect.Value{reflect.ValueOf("bang")})
	println("not reached")
}

func main() {
	viaValueMethod()
	viaPtrMethod()
	viaFunc()
	viaMakeFunc()
	notDirect()
	through()
	println("done")
}
