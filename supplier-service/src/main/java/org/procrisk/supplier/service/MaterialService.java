package org.procrisk.supplier.service;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;

import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.api.MaterialDto;
import org.procrisk.supplier.domain.Material;
import org.procrisk.supplier.mapping.MaterialMapper;

@ApplicationScoped
public class MaterialService {

    public List<MaterialDto> list() {
        return Material.<Material>listAll(Sort.by("code")).stream().map(MaterialMapper::toDto).toList();
    }

    public MaterialDto get(String code) {
        Material material = Material.findById(code.toUpperCase(Locale.ROOT));
        if (material == null) {
            throw ProblemException.notFound("No material with code '" + code + "'");
        }
        return MaterialMapper.toDto(material);
    }
}
