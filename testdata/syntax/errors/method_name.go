package p

func (T) () {} // ERROR "syntax error: unexpected \(, expecting name or \("
