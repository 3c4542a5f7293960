namespace QiskitStudio.Storage;
