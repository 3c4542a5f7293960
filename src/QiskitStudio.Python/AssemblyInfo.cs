namespace QiskitStudio.Python;
