from not_a_real_package import thing
